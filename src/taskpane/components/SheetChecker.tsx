import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { layoutGaps, rolesNamedIn, RULES, type Role, type Severity, type SheetLayout } from "../../engine";
import { plainMessage } from "../errors";
import type { Host, OtherWorkbook } from "../host";
import { columnsUnder, headerRowChoices } from "../layout-choices";
import { runCheck, sameChoices, type PaneCheck, type PaneChoices } from "../run-check";
import type { PaneSettings } from "../settings";
import type { PaneStatus } from "../use-pane-status";
import { AsOfDate } from "./AsOfDate";
import { CheckResults } from "./CheckResults";
import { ClearHighlights } from "./ClearHighlights";
import { ColumnMapping } from "./ColumnMapping";
import { CompareWith, type EarlierVersion } from "./CompareWith";
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
  /** The header row and columns the user chose for this sheet before; null for none. */
  layout: SheetLayout | null;
  settings: PaneSettings;
  onSettingsChange: (settings: PaneSettings) => void;
  status: PaneStatus;
  /** The user just opened or picked this sheet: Check plan, their next step, takes the focus. */
  focusCheck?: boolean;
}

/**
 * One loaded sheet: the user's choices for it (columns, as-of date, checks), the check and its
 * results. The pane mounts a new one for each sheet it loads, so choices never carry over.
 */
export function SheetChecker({ host, today, fileName, sheet, sheets, preview, layout: remembered, settings, onSettingsChange, status, focusCheck = false }: SheetCheckerProps) {
  const styles = useStyles();
  const checkButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusCheck) checkButton.current?.focus();
  }, [focusCheck]);
  /** The header row and columns the user chose; null while the reader's own are used. */
  const [layout, setLayout] = useState<SheetLayout | null>(remembered);
  /** "" for the default date, null while the field holds something that is not a date. */
  const [asOf, setAsOf] = useState<string | null>("");
  /** The earlier version chosen under "Compare with…"; null for none. */
  const [since, setSince] = useState<EarlierVersion | null>(null);
  /** The other file read under "Compare with another file…", kept in the pane and nowhere else. */
  const [other, setOther] = useState<OtherWorkbook | null>(null);
  /** The last check and the choices it ran with, numbered so that its results start afresh. */
  const [check, setCheck] = useState<(PaneCheck & { run: number; choices: PaneChoices; since: EarlierVersion | null }) | null>(null);
  /** The settings fold away after Check plan so the results come up; the user can open them again. */
  const [settingsOpen, setSettingsOpen] = useState(true);
  /** Whether the results just arrived from Check plan, and so take the focus. */
  const [bringUp, setBringUp] = useState(false);
  /** Clear has just worked: in the browser the cleared copy is offered for download until the next check. */
  const [clearedCopy, setClearedCopy] = useState(false);
  const working = status.busy !== null;
  const choices: PaneChoices | null = asOf === null ? null : { asOf, today, settings, layout };
  /** Results no longer match the form: a setting, a column or the date changed since the check. */
  const stale = check !== null && (choices === null || !sameChoices(check.choices, choices) || JSON.stringify(check.since) !== JSON.stringify(since));

  /** The earlier version as the engine takes it: a tab read afresh as the plan is, or the other file's sheet. */
  const readEarlier = async (version: EarlierVersion | null) => {
    if (version?.from === "workbook") return { file: fileName, grids: [await host.readSheet(version.sheet)] };
    const grid = version && other?.grids.find((g) => g.name === version.sheet);
    return version && grid ? { file: version.file, grids: [grid] } : undefined;
  };

  /** Checks the sheet with what the form shows now; null while the date field holds no date. */
  const checkNow = async (): Promise<PaneCheck | null> => {
    if (choices === null) return null;
    const grid = await host.readSheet(sheet);
    const earlier = await readEarlier(since);
    await nextPaint();
    const next = runCheck(grid, fileName, { ...choices, since: earlier });
    setCheck((last) => ({ ...next, run: (last?.run ?? 0) + 1, choices, since }));
    setBringUp(false);
    return next;
  };

  const runTheCheck = () =>
    status.act("checking", "check the plan", async () => {
      setClearedCopy(false);
      const next = await checkNow();
      // A sheet not read as a plan keeps its settings open: choosing its columns is the way on.
      if (next?.report.sheets[0]?.kind !== "plan") return;
      setSettingsOpen(false);
      setBringUp(true);
    });

  const openOtherFile = (file: File) =>
    status.act("opening", "read the earlier version", async () => {
      if (!host.readOtherWorkbook) return;
      const read = await host.readOtherWorkbook(file);
      setOther(read);
      // One file a month often keeps the same sheet name; else the file's first sheet, as Excel opens it.
      const first = read.grids.find((g) => g.name === sheet) ?? read.grids[0];
      setSince({ from: "file", file: read.name, sheet: first.name });
      status.say(`'${read.name}' was read here, not uploaded. Check plan now compares with its sheet '${first.name}'.`);
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

  const found = preview.result.sheets[0]?.plan;
  const foundPlan = found?.kind === "plan" ? found : null;
  const headerRow = layout?.headerRow ?? foundPlan?.headerRow ?? null;
  const mapping = layout?.columns ?? foundPlan?.columns ?? {};
  const rows = useMemo(() => headerRowChoices(preview.grid, headerRow ?? 0), [preview.grid, headerRow]);
  const options = useMemo(() => columnsUnder(preview.grid, headerRow ?? 0), [preview.grid, headerRow]);
  /** The sheet as the form reads it now: with the user's layout, so a choice that finds no actions is said at once. */
  const shown = useMemo(() => (layout ? runCheck(preview.grid, fileName, { asOf: "", today, settings, layout }) : preview), [layout, preview, fileName, today, settings]);
  const previewSheet = shown.report.sheets[0];
  const foundSheet = preview.report.sheets[0];
  const runnersUp = useMemo(
    () =>
      foundSheet?.kind === "plan" && headerRow === foundSheet.headerRow
        ? Object.fromEntries(Object.entries(foundSheet.columnChoices ?? {}).map(([role, choice]) => [role, choice.runnerUp]))
        : {},
    [foundSheet, headerRow],
  );
  /** A layout the user chose lacks what a plan needs: Check plan waits for it. */
  const incomplete = layout !== null && layoutGaps(layout.columns).length > 0;

  const chooseLayout = (next: SheetLayout | null) => {
    setLayout(next);
    // Remembered for this workbook's sheet at once, as the escalation rule is.
    host.settings.saveLayout({ file: fileName, sheet }, next).catch((error: unknown) => status.fail(plainMessage(error, "remember your columns")));
  };
  const changeColumn = (role: Role, col: number | null) => {
    const columns = { ...mapping };
    if (col === null) delete columns[role];
    else columns[role] = col;
    // The role pickers wait for a header row, so one is always chosen by now.
    chooseLayout({ headerRow: headerRow ?? 0, columns });
  };
  // A header row's own words give the first guess at its columns, which the user then corrects.
  const changeHeaderRow = (row: number) => chooseLayout({ headerRow: row, columns: rolesNamedIn(preview.grid, row) });
  const report = check?.report;
  const checkedSheet = report?.sheets[0];

  return (
    <>
      <div className={styles.form}>
        {previewSheet?.kind === "not-a-plan" && (
          <StatusBar
            intent="warning"
            title={layout ? "No actions found with these columns" : "Not an action plan"}
            message={layout ? previewSheet.reason : `${previewSheet.reason} Or choose its header row and columns below, then Check plan.`}
          />
        )}
        <AsOfDate value={asOf || shown.report.asOf} source={asOf ? "option" : shown.report.asOfSource} onChange={setAsOf} disabled={working} />
        {(sheets.length > 1 || host.readOtherWorkbook) && (
          <CompareWith
            sheets={sheets.filter((name) => name !== sheet)}
            other={other && { name: other.name, sheets: other.grids.map((g) => g.name) }}
            value={since}
            onChange={setSince}
            onOpenFile={host.readOtherWorkbook && ((file) => void openOtherFile(file))}
            disabled={working}
          />
        )}
        <Button appearance="subtle" className={styles.fold} aria-expanded={settingsOpen} onClick={() => setSettingsOpen(!settingsOpen)}>
          {settingsOpen ? "▾" : "▸"} Settings: columns, escalation rule, checks
        </Button>
        {settingsOpen && (
          <>
            <ColumnMapping
              rows={rows}
              headerRow={headerRow}
              onHeaderRowChange={changeHeaderRow}
              options={options}
              mapping={mapping}
              runnersUp={runnersUp}
              onChange={changeColumn}
              byHand={layout !== null}
              onReset={layout ? () => chooseLayout(null) : undefined}
              resetLabel={foundPlan ? "Use the columns found" : "Forget these columns"}
              open={!foundPlan}
              disabled={working}
            />
            <EscalationRulePicker value={settings.escalate} onChange={(escalate) => onSettingsChange({ ...settings, escalate })} disabled={working} />
            <RuleSettings rules={RULE_INFO} settings={settings.rules} onChange={changeRule} disabled={working} />
          </>
        )}
        <div className={styles.actions}>
          {/* Focusable while the pane works, so that focus stays where the user pressed until the results take it. */}
          <Button ref={checkButton} appearance="primary" onClick={() => void runTheCheck()} disabledFocusable={working} disabled={!sheet || asOf === null || incomplete}>
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
