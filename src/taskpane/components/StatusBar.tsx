import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Ref } from "react";

export interface StatusBarProps {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  message: string;
  onDismiss?: () => void;
  /** Given, the message can take the focus (from script, not by Tab): the pane moves it there when an action fails. */
  focusRef?: Ref<HTMLDivElement>;
}

/** Every failure and outcome is said in the pane, in words, never only in the console. */
export function StatusBar({ intent, title, message, onDismiss, focusRef }: StatusBarProps) {
  return (
    <MessageBar ref={focusRef} tabIndex={focusRef ? -1 : undefined} intent={intent} layout="multiline" politeness={intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
