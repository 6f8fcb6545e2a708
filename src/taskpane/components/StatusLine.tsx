import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { BUSY_WORDS, type PaneStatus } from "../use-pane-status";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface StatusLineProps {
  status: PaneStatus;
}

/**
 * What the pane is doing, what went wrong and what was done: said where the user acted, and read
 * out by screen readers. The live region is always there, so that what appears in it is announced
 * while focus stays on the button the user pressed.
 */
export function StatusLine({ status }: StatusLineProps) {
  const styles = useStyles();
  const problem = useRef<HTMLDivElement>(null);
  const { failures } = status;
  // A failed action leaves the focus on the message that says what went wrong, not on a button
  // that did nothing (or, after a file chooser, on the page).
  useEffect(() => {
    if (failures > 0) problem.current?.focus();
  }, [failures]);
  return (
    <div className={styles.root} aria-live="polite">
      {status.busy && <Spinner size="small" label={BUSY_WORDS[status.busy]} />}
      {status.problem && <StatusBar intent="error" title="That did not work" message={status.problem} onDismiss={status.dismissProblem} focusRef={problem} />}
      {status.notice && <StatusBar intent="success" message={status.notice} onDismiss={status.dismissNotice} />}
    </div>
  );
}
