import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { RULES, type Columns, type Role, type Severity } from "../../engine";
import type { FindingReport } from "../../engine";
import { commandErrorMessage } from "../command-error";
import { plainMessage } from "../errors";
import { formatDate } from "../format";
import type { Host, SheetList } from "../host";
import { AS_OF_SOURCE_WORDS } from "../labels";
import { columnOptions, rowCells, runCheck, type PaneCheck } from "../run-check";
import { DEFAULT_SETTINGS, type PaneSettings } from "../settings";
import { AsOfDate } from "./AsOfDate";
import { CheckSummary } from "./CheckSummary";
import { ClearHighlights } from "./ClearHighlights";
import { ColumnMapping } from "./ColumnMapping";
import { EscalationRulePicker } from "./EscalationRulePicker";
import { OpenWorkbook } from "./OpenWorkbook";
import { ResultTabs } from "./ResultTabs";
import { RowPreview } from "./RowPreview";
import { RuleSettings, type RuleInfo } from "./RuleSettings";
import { SheetPicker } from "./SheetPicker";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AppProps {
  host: Host;
  /** Today, YYYY-MM-DD, in the user's time zone: the engine never reads the clock. */
  today: string;
}

type Busy = "opening" | "reading" | "checking" | "writing" | "clearing" | "downloading";

const BUSY_WORDS: Record<Busy, string> = {
  opening: "Opening the workbook…",
  reading: "Reading the sheet…",
  checking: "Checking the plan…",
  writing: "Writing the summary sheets…",
  clearing: "Clearing highlights…",
  downloading: "Preparing the download…",
};

const RULE_INFO: RuleInfo[] = Object.values(RULES).map((rule) => ({ id: rule.id, description: rule.description, severity: rule.severity }));
const RULE_TITLES: Record<string, string> = Object.fromEntries(RULE_INFO.map((rule) => [rule.id, rule.description]));

/** Lets the browser paint the spinner before the engine holds the main thread. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const rowOf = (cell: string | null) => (cell ? Number(/\d+$/.exec(cell)?.[0] ?? 0) : 0);

/** The whole pane: chooses what to check, runs the engine, shows the report, and calls the host. */
export function App({ host, today }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [fileName, setFileName] = useState("workbook.xlsx");
  const [sheets, setSheets] = useState<SheetList | null>(null);
  const [sheet, setSheet] = useState("");
  const [preview, setPreview] = useState<PaneCheck | null>(null);
  const [columns, setColumns] = useState<Columns>({});
  /** "" for the default date, null while the field holds something that is not a date. */
  const [asOf, setAsOf] = useState<string | null>("");
  const [check, setCheck] = useState<PaneCheck | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState<FindingReport | null>(null);
  const [commandError, setCommandError] = useState<string | null>(null);
  /** Counts sheet loads: the date field starts afresh with each. */
  const [loads, setLoads] = useState(0);

  /** Runs one user action: one thing at a time, and any failure lands in the MessageBar. */
  const act = useCallback(async (what: Busy, doing: string, work: () => Promise<void>) => {
    setBusy(what);
    setProblem(null);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setProblem(plainMessage(error, doing));
    } finally {
      setBusy(null);
    }
  }, []);

  /** A first look at the sheet: the columns found and its reporting date, before any choice. */
  const loadSheet = useCallback(
    async (name: string, file: string, current: PaneSettings) => {
      const grid = await host.readSheet(name);
      setSheet(name);
      setColumns({});
      setAsOf("");
      setCheck(null);
      setShown(null);
      setLoads((n) => n + 1);
      setPreview(runCheck(grid, file, { asOf: "", today, settings: current, columns: {} }));
    },
    [host, today],
  );

  useEffect(() => {
    void act("reading", "open the pane", async () => {
      const stored = await host.settings.load();
      setSettings(stored);
      const recorded = await host.commandError?.read();
      if (recorded) setCommandError(commandErrorMessage(recorded));
      const list = await host.listSheets();
      setSheets(list);
      if (list) await loadSheet(list.active, "workbook.xlsx", stored);
    });
  }, [act, host, loadSheet]);

  const open = (file: File) =>
    act("opening", "open the workbook", async () => {
      if (!host.openWorkbook) return;
      const list = await host.openWorkbook(file);
      setFileName(file.name);
      setSheets(list);
      await loadSheet(list.active, file.name, settings);
    });

  const pickSheet = (name: string) => act("reading", `read the sheet '${name}'`, () => loadSheet(name, fileName, settings));

  const runTheCheck = () =>
    act("checking", "check the plan", async () => {
      if (asOf === null) return;
      const grid = await host.readSheet(sheet);
      await nextPaint();
      setShown(null);
      setCheck(runCheck(grid, fileName, { asOf, today, settings, columns }));
    });

  const changeSettings = (next: PaneSettings) => {
    setSettings(next);
    host.settings.save(next).catch((error: unknown) => setProblem(plainMessage(error, "save your settings")));
  };

  const changeRule = (id: string, setting: { enabled: boolean; severity: Severity }) =>
    changeSettings({ ...settings, rules: { ...settings.rules, [id]: setting } });

  const changeColumn = (role: Role, col: number | null) => setColumns((current) => ({ ...current, [role]: col ?? undefined }));

  const writeSummary = () =>
    act("writing", "write the summary sheets", async () => {
      if (!check) return;
      const notes = await host.writeSummary(check.result);
      const done = host.downloadWorkbook ? "Summary sheets and highlights are ready. Use Download checked workbook to save them." : "Summary sheets and highlights written to the workbook.";
      setNotice([done, ...notes].join(" "));
    });

  const clear = () =>
    act("clearing", "clear the highlights", async () => {
      const { cleared, messages } = await host.clearHighlights();
      if (cleared) setNotice(["The checker's highlights, notes and summary sheets were removed.", ...messages].join(" "));
      else setNotice(messages.join(" ") || "There was nothing of the checker's in this workbook to clear.");
    });

  const download = () =>
    act("downloading", "download the checked workbook", async () => {
      if (!check || !host.downloadWorkbook) return;
      // The download is the checked workbook: this check written in, whatever was written before.
      await host.writeSummary(check.result);
      await host.downloadWorkbook();
      setNotice("The checked workbook was downloaded. Your original file is unchanged.");
    });

  const dismissCommandError = () => {
    setCommandError(null);
    host.commandError?.dismiss().catch((error: unknown) => setProblem(plainMessage(error, "forget the ribbon's last error")));
  };

  const selectFinding = (finding: FindingReport) => {
    if (!finding.cell) return;
    if (host.selectCell) {
      const { sheet: name, cell } = finding;
      void act("reading", `select cell ${cell}`, () => host.selectCell?.(name, cell) ?? Promise.resolve());
    } else {
      setShown(finding);
    }
  };

  const found = preview?.result.sheets[0]?.plan;
  const mapping = useMemo(() => ({ ...(found?.kind === "plan" ? found.columns : {}), ...columns }), [found, columns]);
  const options = useMemo(() => (preview ? columnOptions(preview) : []), [preview]);
  const report = check?.report;
  const sheetReport = report?.sheets[0];
  const previewReport = preview?.report;
  const shownAsOf = asOf || previewReport?.asOf || today;
  const asOfSource = asOf ? "option" : (previewReport?.asOfSource ?? "today");
  const working = busy !== null;
  const previewSheet = previewReport?.sheets[0];

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <h1 className={styles.title}>Action Plan Checker</h1>
      {commandError && <StatusBar intent="error" title="Check plan on the ribbon did not work" message={commandError} onDismiss={dismissCommandError} />}
      {host.openWorkbook && (
        <>
          {!sheets && <Text>Open an action plan saved as .xlsx. It is checked here in your browser: the file is not uploaded anywhere.</Text>}
          <OpenWorkbook onOpen={(file) => void open(file)} current={sheets ? fileName : null} disabled={working} />
        </>
      )}
      {sheets && (
        <div className={styles.form}>
          <SheetPicker names={sheets.names} value={sheet} onChange={(name) => void pickSheet(name)} disabled={working} />
          {previewSheet?.kind === "not-a-plan" && <StatusBar intent="warning" title="Not an action plan" message={previewSheet.reason} />}
          {previewSheet?.kind === "plan" && <ColumnMapping options={options} mapping={mapping} onChange={changeColumn} disabled={working} />}
          <AsOfDate key={loads} value={shownAsOf} source={asOfSource} onChange={setAsOf} disabled={working} />
          <EscalationRulePicker value={settings.escalate} onChange={(escalate) => changeSettings({ ...settings, escalate })} disabled={working} />
          <RuleSettings rules={RULE_INFO} settings={settings.rules} onChange={changeRule} disabled={working} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void runTheCheck()} disabled={working || !sheet || asOf === null}>
              Check plan
            </Button>
            <ClearHighlights onConfirm={() => void clear()} disabled={working} />
          </div>
        </div>
      )}
      {busy && <Spinner size="small" label={BUSY_WORDS[busy]} />}
      {problem && <StatusBar intent="error" title="That did not work" message={problem} onDismiss={() => setProblem(null)} />}
      {notice && <StatusBar intent="success" message={notice} onDismiss={() => setNotice(null)} />}
      {report && sheetReport?.kind === "not-a-plan" && <StatusBar intent="warning" title={`'${sheetReport.name}' is not an action plan`} message={sheetReport.reason} />}
      {report && sheetReport?.kind === "plan" && check && (
        <section aria-labelledby="results-heading" className={styles.form}>
          <h2 id="results-heading" className={styles.heading}>
            Results
          </h2>
          <Text size={200}>
            As of {formatDate(report.asOf)} ({AS_OF_SOURCE_WORDS[report.asOfSource]})
          </Text>
          <CheckSummary sheet={sheetReport} />
          <div className={styles.actions}>
            <Button onClick={() => void writeSummary()} disabled={working}>
              Write summary sheets
            </Button>
            {host.downloadWorkbook && (
              <Button appearance="primary" onClick={() => void download()} disabled={working}>
                Download checked workbook
              </Button>
            )}
          </div>
          <ResultTabs
            sheet={sheetReport}
            rule={report.rule}
            ruleTitles={RULE_TITLES}
            onSelectFinding={selectFinding}
            selectVerb={host.selectCell ? "Select cell" : "Show the row of"}
            findingDetail={
              shown && (
                <RowPreview sheet={shown.sheet} row={rowOf(shown.cell)} cell={shown.cell} cells={rowCells(check, rowOf(shown.cell))} onClose={() => setShown(null)} />
              )
            }
          />
        </section>
      )}
    </main>
  );
}
