import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { RULES, type Columns, type Role, type Severity } from "../../engine";
import type { Host } from "../host";
import { columnOptions, runCheck, sameChoices, type PaneCheck, type PaneChoices } from "../run-check";
import type { PaneSettings } from "../settings";
import type { PaneStatus } from "../use-pane-status";
import { AsOfDate } from "./AsOfDate";
import { CheckResults } from "./CheckResults";
import { ClearHighlights } from "./ClearHighlights";
import { ColumnMapping } from "./ColumnMapping";
import { CompareWith } from "./CompareWith";
import { DownloadCleared } from "./DownloadCleared";
import { EscalationRulePicker } from "./EscalationRulePicker";
import { RuleSettings, type RuleInfo } from "./RuleSettings";
import { StatusBar } from "./StatusBar";
import { StatusLine } from "./StatusLine";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fold: { justifyContent: "flex-start", alignSelf: "flex-start", fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const RULE_INFO: RuleInfo[] = Object.values(RULES).map((rule) => ({ id: rule.id, description: rule.description, severity: rule.severity }));

/** Lets the browser paint the spinner before the engine holds the main thread. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SheetCheckerProps {
  host: Host;
  today: string;
  fileName: string;
  sheet: string;
  /** The workbook's user sheets, any other of which may be an earlier version to compare with. */
  sheets: string[];
  /** The sheet read with the defaults when it was loaded. */
  preview: PaneCheck;
  settings: PaneSettings;
  onSettingsChange: (settings: PaneSettings) => void;
  status: PaneStatus;
}

/**
 * One loaded sheet: the user's choices for it (columns, as-of date, checks), the check and its
 * results. The pane mounts a new one for each sheet it loads, so choices never carry over.
 */
export function SheetChecker({ host, today, fileName, sheet, sheets, preview, settings, onSettingsChange, status }: SheetCheckerProps) {
  const styles = useStyles();
  const [columns, setColumns] = useState<Columns>({});
  /** "" for the default date, null while the field holds something that is not a date. */
  const [asOf, setAsOf] = useState<string | null>("");
  /** The last check and the choices it ran with, numbered so that its results start afresh. */
  /** The tab chosen under "Compare with…"; "" for none. */
  const [since, setSince] = useState("");
  const [check, setCheck] = useState<(PaneCheck & { run: number; choices: PaneChoices; since: string }) | null>(null);
  /** The settings fold away after Check plan so the results come up; the user can open them again. */
  const [settingsOpen, setSettingsOpen] = useState(true);
  /** Whether the results just arrived from Check plan, and so take the focus. */
  const [bringUp, setBringUp] = useState(false);
  /** Clear has just worked: in the browser the cleared copy is offered for download until the next check. */
  const [clearedCopy, setClearedCopy] = useState(false);
  const working = status.busy !== null;
  const choices: PaneChoices | null = asOf === null ? null : { asOf, today, settings, columns };
  /** Results no longer match the form: a setting, a column or the date changed since the check. */
  const stale = check !== null && (choices === null || !sameChoices(check.choices, choices) || check.since !== since);

  /** Checks the sheet with what the form shows now; null while the date field holds no date. */
  const checkNow = async (): Promise<PaneCheck | null> => {
    if (choices === null) return null;
    const grid = await host.readSheet(sheet);
    // The earlier version is read afresh as the plan is, and stays in the pane like it.
    const earlier = since ? { file: fileName, grids: [await host.readSheet(since)] } : undefined;
    await nextPaint();
    const next = runCheck(grid, fileName, { ...choices, since: earlier });
    setCheck((last) => ({ ...next, run: (last?.run ?? 0) + 1, choices, since }));
    setBringUp(false);
    return next;
  };

  const runTheCheck = () =>
    status.act("checking", "check the plan", async () => {
      setClearedCopy(false);
      if (!(await checkNow())) return;
      setSettingsOpen(false);
      setBringUp(true);
    });

  const clear = () =>
    status.act("clearing", "clear the highlights", async () => {
      const { cleared, messages } = await host.clearHighlights();
      const offer = cleared && host.downloadWorkbook ? "Use Download the cleared workbook to save it." : "";
      if (cleared) status.say(["The checker's highlights, notes and summary sheets were removed.", offer, ...messages].filter(Boolean).join(" "));
      else status.say(messages.join(" ") || "There was nothing of the checker's in this workbook to clear.");
      setClearedCopy(cleared);
    });

  const changeRule = (id: string, setting: { enabled: boolean; severity: Severity }) => onSettingsChange({ ...settings, rules: { ...settings.rules, [id]: setting } });
  const changeColumn = (role: Role, col: number | null) => setColumns((current) => ({ ...current, [role]: col ?? undefined }));

  const found = preview.result.sheets[0]?.plan;
  const mapping = useMemo(() => ({ ...(found?.kind === "plan" ? found.columns : {}), ...columns }), [found, columns]);
  const options = useMemo(() => columnOptions(preview), [preview]);
  const previewSheet = preview.report.sheets[0];
  const runnersUp = useMemo(
    () => (previewSheet?.kind === "plan" ? Object.fromEntries(Object.entries(previewSheet.columnChoices ?? {}).map(([role, choice]) => [role, choice.runnerUp])) : {}),
    [previewSheet],
  );
  const report = check?.report;
  const checkedSheet = report?.sheets[0];

  return (
    <>
      <div className={styles.form}>
        {previewSheet?.kind === "not-a-plan" && <StatusBar intent="warning" title="Not an action plan" message={previewSheet.reason} />}
        <AsOfDate value={asOf || preview.report.asOf} source={asOf ? "option" : preview.report.asOfSource} onChange={setAsOf} disabled={working} />
        {sheets.length > 1 && <CompareWith sheets={sheets.filter((name) => name !== sheet)} value={since} onChange={setSince} disabled={working} />}
        <Button appearance="subtle" className={styles.fold} aria-expanded={settingsOpen} onClick={() => setSettingsOpen(!settingsOpen)}>
          {settingsOpen ? "▾" : "▸"} Settings: columns, escalation rule, checks
        </Button>
        {settingsOpen && (
          <>
            {previewSheet?.kind === "plan" && <ColumnMapping options={options} mapping={mapping} runnersUp={runnersUp} onChange={changeColumn} onReset={Object.keys(columns).length ? () => setColumns({}) : undefined} disabled={working} />}
            <EscalationRulePicker value={settings.escalate} onChange={(escalate) => onSettingsChange({ ...settings, escalate })} disabled={working} />
            <RuleSettings rules={RULE_INFO} settings={settings.rules} onChange={changeRule} disabled={working} />
          </>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void runTheCheck()} disabled={working || !sheet || asOf === null}>
            Check plan
          </Button>
          <ClearHighlights onConfirm={() => void clear()} disabled={working} />
        </div>
      </div>
      <StatusLine status={status} />
      {clearedCopy && host.downloadWorkbook && <DownloadCleared download={host.downloadWorkbook} status={status} />}
      {checkedSheet?.kind === "not-a-plan" && <StatusBar intent="warning" title={`'${checkedSheet.name}' is not an action plan`} message={checkedSheet.reason} />}
      {check && checkedSheet?.kind === "plan" && (
        <CheckResults key={check.run} host={host} check={check} sheet={checkedSheet} status={status} stale={stale} bringUp={bringUp} freshCheck={async () => (stale ? checkNow() : check)} />
      )}
    </>
  );
}
