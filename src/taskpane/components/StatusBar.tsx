import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface StatusBarProps {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  message: string;
  onDismiss?: () => void;
}

/** Every failure and outcome is said in the pane, in words, never only in the console. */
export function StatusBar({ intent, title, message, onDismiss }: StatusBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === "error" ? "assertive" : "polite"}>
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
