import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RULES, type FindingReport, type PlanSheetReport } from "../../engine";
import { formatDate } from "../format";
import type { Host } from "../host";
import { AS_OF_SOURCE_WORDS } from "../labels";
import { rowCells, type PaneCheck } from "../run-check";
import type { PaneStatus } from "../use-pane-status";
import { CheckSummary } from "./CheckSummary";
import { ResultTabs } from "./ResultTabs";
import { RowPreview } from "./RowPreview";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const RULE_TITLES: Record<string, string> = Object.fromEntries(Object.values(RULES).map((rule) => [rule.id, rule.description]));

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);

export interface CheckResultsProps {
  host: Host;
  check: PaneCheck;
  /** The checked sheet, a plan. */
  sheet: Extract<PlanSheetReport, { kind: "plan" }>;
  status: PaneStatus;
  /** The form has changed since this check: the results shown are not what Check plan would give now. */
  stale: boolean;
  /** This check when it is up to date, else a new one with what the form shows; null when the form holds no date. */
  freshCheck: () => Promise<PaneCheck | null>;
  /** Just checked by Check plan: the results scroll into view and take the focus. */
  bringUp?: boolean;
}

/** A check's results: the summary, the findings to work through, and writing them to the workbook. */
export function CheckResults({ host, check, sheet, status, stale, freshCheck, bringUp = false }: CheckResultsProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!bringUp) return;
    heading.current?.scrollIntoView?.({ block: "start" });
    heading.current?.focus();
  }, [bringUp]);
  /** The finding whose row is shown, in the browser, where there is no sheet to jump to. */
  const [shown, setShown] = useState<{ cell: string; finding?: FindingReport } | null>(null);
  const { report } = check;
  const working = status.busy !== null;

  const writeSummary = () =>
    status.act("writing", "write the summary sheets", async () => {
      // What is written always matches the form: results gone stale are checked again first.
      const current = await freshCheck();
      if (!current) return;
      const notes = await host.writeSummary(current.result);
      status.say(["Summary sheets and highlights written to the workbook.", ...notes].join(" "));
    });

  const download = () =>
    status.act("downloading", "download the checked workbook", async () => {
      const current = await freshCheck();
      if (!host.downloadWorkbook || !current) return;
      // The download is the checked workbook: this check written in, whatever was written before.
      await host.writeSummary(current.result);
      await host.downloadWorkbook("checked");
      status.say("The checked workbook was downloaded. Your original file is unchanged.");
    });

  /**
   * Takes the user to a cell of the checked sheet: selected in Excel, its row shown in the browser.
   * Kept the same function across renders, as is the row shown, so the findings list (memoised)
   * is not drawn again each time the pane turns busy or idle.
   */
  const { act } = status;
  const goTo = useCallback(
    (cell: string, finding?: FindingReport) => {
      if (host.selectCell) {
        void act("reading", `select cell ${cell}`, () => host.selectCell?.(sheet.name, cell) ?? Promise.resolve());
      } else {
        setShown({ cell, finding });
      }
    },
    [host, act, sheet.name],
  );
  const selectFinding = useCallback((finding: FindingReport) => finding.cell && goTo(finding.cell, finding), [goTo]);
  const detail = useMemo(
    () => shown && <RowPreview sheet={sheet.name} row={rowOf(shown.cell)} cell={shown.cell} cells={rowCells(check, rowOf(shown.cell))} onClose={() => setShown(null)} />,
    [shown, sheet.name, check],
  );

  return (
    <section aria-labelledby="results-heading" className={styles.section}>
      <h2 id="results-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        Results
      </h2>
      {stale && (
        <StatusBar
          intent="warning"
          title="Out of date"
          message="You changed the settings since this check. Check plan again to update these results; Write and Download check again first."
        />
      )}
      <Text size={200}>
        As of {formatDate(report.asOf)} ({AS_OF_SOURCE_WORDS[report.asOfSource]})
      </Text>
      <CheckSummary sheet={sheet} />
      <div className={styles.actions}>
        {/* In the browser the download writes the summary sheets into its copy: one action, not two. Focusable while the pane works: focus stays on the button pressed, and the outcome is announced (StatusLine). */}
        {host.downloadWorkbook ? (
          <Button appearance="primary" onClick={() => void download()} disabledFocusable={working}>
            Download checked workbook
          </Button>
        ) : (
          <Button onClick={() => void writeSummary()} disabledFocusable={working}>
            Write summary sheets
          </Button>
        )}
      </div>
      <ResultTabs
        sheet={sheet}
        rule={report.rule}
        ruleTitles={RULE_TITLES}
        onSelectFinding={selectFinding}
        selectVerb={host.selectCell ? "Select cell" : "Show the row of"}
        onSelectCell={(cell) => goTo(cell)}
        shown={shown}
        detail={detail}
      />
    </section>
  );
}
