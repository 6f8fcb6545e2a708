import { Spinner } from "@fluentui/react-components";
import { BUSY_WORDS, type PaneStatus } from "../use-pane-status";
import { StatusBar } from "./StatusBar";

export interface StatusLineProps {
  status: PaneStatus;
}

/** What the pane is doing, what went wrong and what was done: said where the user acted. */
export function StatusLine({ status }: StatusLineProps) {
  return (
    <>
      {status.busy && <Spinner size="small" label={BUSY_WORDS[status.busy]} />}
      {status.problem && <StatusBar intent="error" title="That did not work" message={status.problem} onDismiss={status.dismissProblem} />}
      {status.notice && <StatusBar intent="success" message={status.notice} onDismiss={status.dismissNotice} />}
    </>
  );
}
