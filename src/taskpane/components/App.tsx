import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { commandErrorMessage } from "../command-error";
import { plainMessage } from "../errors";
import type { Host } from "../host";
import type { PaneSettings } from "../settings";
import { usePaneStatus } from "../use-pane-status";
import { useWorkbook } from "../use-workbook";
import { OpenWorkbook } from "./OpenWorkbook";
import { SheetChecker } from "./SheetChecker";
import { SheetPicker } from "./SheetPicker";
import { StatusBar } from "./StatusBar";
import { StatusLine } from "./StatusLine";

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
});

export interface AppProps {
  host: Host;
  /** Today, YYYY-MM-DD, in the user's time zone: the engine never reads the clock. */
  today: string;
}

/**
 * The whole pane, in the order the user meets it: open a workbook (browser) or find Excel's,
 * pick a sheet, then check it (SheetChecker) and work through the results (CheckResults).
 * Here: the workbook, the saved settings, the ribbon's last failure and the status line.
 */
export function App({ host, today }: AppProps) {
  const styles = useStyles();
  const status = usePaneStatus();
  const workbook = useWorkbook(host, today);
  const [commandError, setCommandError] = useState<string | null>(null);
  /** Set once the user opens a workbook or picks a sheet: the sheet they chose then offers Check plan first. */
  const [chose, setChose] = useState(false);
  const { act, fail } = status;
  const { start } = workbook;

  useEffect(() => {
    void act("reading", "open the pane", async () => {
      const recorded = await host.commandError?.read();
      if (recorded) setCommandError(commandErrorMessage(recorded));
      await start();
    });
  }, [act, host, start]);

  const changeSettings = (next: PaneSettings) => {
    workbook.changeSettings(next).catch((error: unknown) => fail(plainMessage(error, "save your settings")));
  };

  const dismissCommandError = () => {
    setCommandError(null);
    host.commandError?.dismiss().catch((error: unknown) => fail(plainMessage(error, "forget the ribbon's last error")));
  };

  const open = (file: File) => {
    setChose(true);
    return act("opening", "open the workbook", () => workbook.open(file));
  };
  const { exampleWorkbook } = host;
  const tryExample =
    exampleWorkbook &&
    (() => {
      setChose(true);
      void act("opening", "open the example plan", async () => workbook.open(await exampleWorkbook()));
    });
  const pickSheet = (name: string) => {
    setChose(true);
    return act("reading", `read the sheet '${name}'`, () => workbook.pickSheet(name));
  };
  const working = status.busy !== null;

  return (
    <main className={styles.root} aria-busy={working}>
      <h1 className={styles.title}>Action Plan Checker</h1>
      {commandError && <StatusBar intent="error" title="Check plan on the ribbon did not work" message={commandError} onDismiss={dismissCommandError} />}
      {host.openWorkbook && (
        <OpenWorkbook onOpen={(file) => void open(file)} onTryExample={tryExample} current={workbook.sheets ? workbook.fileName : null} disabled={working} />
      )}
      {workbook.sheets && <SheetPicker names={workbook.sheets.names} value={workbook.sheet} onChange={(name) => void pickSheet(name)} disabled={working} />}
      {!workbook.preview && <StatusLine status={status} />}
      {workbook.preview && (
        <SheetChecker
          key={workbook.loads}
          host={host}
          today={today}
          fileName={workbook.fileName}
          sheet={workbook.sheet}
          sheets={workbook.sheets?.names ?? []}
          preview={workbook.preview}
          layout={workbook.layout}
          settings={workbook.settings}
          onSettingsChange={changeSettings}
          status={status}
          focusCheck={chose}
        />
      )}
    </main>
  );
}
