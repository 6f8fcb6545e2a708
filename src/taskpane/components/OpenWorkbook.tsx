import { Button, makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  // Out of sight but laid out: browser tests wait for it and hand it a file, as they did before the button.
  input: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", opacity: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface OpenWorkbookProps {
  onOpen: (file: File) => void;
  /** Opens the bundled example plan; absent, no example is offered. */
  onTryExample?: () => void;
  /** The file being worked on; null on the first screen, which says what the checker does. */
  current: string | null;
  disabled?: boolean;
}

const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A Fluent button that opens the file picker (the native input behind it, labelled "Open
 * workbook", is what a test hands a file to) and a drop zone for a file dragged onto the pane.
 * The button is the keyboard's way in; dropping is a shortcut for the mouse.
 */
export function OpenWorkbook({ onOpen, onTryExample, current, disabled }: OpenWorkbookProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it in Excel) opens it again.
    event.target.value = "";
    if (file) onOpen(file);
  };
  const over = (event: DragEvent) => {
    // Without this the browser opens the dropped file itself, leaving the pane.
    event.preventDefault();
    if (!disabled) setDragging(true);
  };
  const dropped = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onOpen(file);
  };
  return (
    <div className={styles.root}>
      {!current && (
        <Text>
          Checks an action plan kept in Excel: each item's owner, target and revised dates, RAG and savings (£k and Savings RAG). It lists the gaps, the slipped and overdue steps
          and the items for the board. The file is checked here in your browser and is not uploaded anywhere.
        </Text>
      )}
      <div className={mergeClasses(styles.zone, dragging && styles.dragging)} onDragOver={over} onDragLeave={() => setDragging(false)} onDrop={dropped} data-testid="drop-zone">
        <Button appearance={current ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={disabled}>
          {current ? "Open another workbook" : "Open workbook"}
        </Button>
        <Text size={200}>or drop an .xlsx file here</Text>
        <input ref={input} className={styles.input} type="file" aria-label="Open workbook" accept={ACCEPT} onChange={chosen} disabled={disabled} tabIndex={-1} aria-hidden="true" />
      </div>
      <div className={styles.actions}>
        {current ? (
          <Text size={200}>Open: {current}</Text>
        ) : (
          onTryExample && (
            <Button appearance="subtle" onClick={onTryExample} disabled={disabled}>
              Try it on an example
            </Button>
          )
        )}
      </div>
    </div>
  );
}
