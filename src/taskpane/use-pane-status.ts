import { useCallback, useState } from "react";
import { plainMessage } from "./errors";

/** What the pane is doing; one thing at a time. */
export type Busy = "opening" | "reading" | "checking" | "writing" | "clearing" | "downloading";

export const BUSY_WORDS: Record<Busy, string> = {
  opening: "Opening the workbook…",
  reading: "Reading the sheet…",
  checking: "Checking the plan…",
  writing: "Writing the summary sheets…",
  clearing: "Clearing highlights…",
  downloading: "Preparing the download…",
};

/** Runs one user action: marks the pane busy, and any failure becomes a sentence in the MessageBar. */
export type Act = (what: Busy, doing: string, work: () => Promise<void>) => Promise<void>;

export interface PaneStatus {
  busy: Busy | null;
  /** The last failure, in a sentence that says what to do. */
  problem: string | null;
  /** Counts the user's actions that failed: each failure's message takes the focus, where the user looks next. */
  failures: number;
  /** The outcome of the last action that worked, when there is something to say. */
  notice: string | null;
  act: Act;
  say: (notice: string) => void;
  fail: (problem: string) => void;
  dismissProblem: () => void;
  dismissNotice: () => void;
}

/** The pane's one status line: busy, failed or done. */
export function usePaneStatus(): PaneStatus {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);

  const act = useCallback<Act>(async (what, doing, work) => {
    setBusy(what);
    setProblem(null);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setProblem(plainMessage(error, doing));
      setFailures((count) => count + 1);
    } finally {
      setBusy(null);
    }
  }, []);

  return {
    busy,
    problem,
    failures,
    notice,
    act,
    say: setNotice,
    fail: setProblem,
    dismissProblem: useCallback(() => setProblem(null), []),
    dismissNotice: useCallback(() => setNotice(null), []),
  };
}
