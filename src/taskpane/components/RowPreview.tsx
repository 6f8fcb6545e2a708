import { Button, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ColumnOption } from "../run-check";

const useStyles = makeStyles({
  card: { marginBlock: tokens.spacingVerticalXS, maxWidth: "100%", boxSizing: "border-box" },
  // Header above value: side by side, a narrow pane leaves the value a few characters wide.
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, wordBreak: "break-word", whiteSpace: "pre-wrap" },
  focused: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});

/** Characters of a cell shown before "more": a paragraph of update text would fill the pane. */
export const CLAMP = 160;

function CellValue({ text, className }: { text: string; className: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > CLAMP;
  return (
    <dd className={className}>
      {long && !open ? `${text.slice(0, CLAMP).trimEnd()}…` : text}
      {long && (
        <>
          {" "}
          <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "less" : "more"}
          </Button>
        </>
      )}
    </dd>
  );
}

export interface RowPreviewProps {
  sheet: string;
  row: number;
  /** The cell the finding is about, marked in the list. */
  cell: string | null;
  cells: Array<ColumnOption & { text: string }>;
  onClose: () => void;
}

/**
 * Outside Excel there is no sheet to jump to, so the finding's row is shown here instead, under
 * the finding, scrolled into view and focused so that the click visibly does something.
 */
export function RowPreview({ sheet, row, cell, cells, onClose }: RowPreviewProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const column = cell?.replace(/\d+$/, "");
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
    ref.current?.focus();
  }, [row, cell]);
  return (
    <Card ref={ref} tabIndex={-1} className={styles.card} aria-label={`Row ${row} of ${sheet}`} role="region">
      <Text weight="semibold">
        Row {row} of '{sheet}'
      </Text>
      <dl className={styles.list}>
        {cells.map((c) => (
          <div key={c.col}>
            <dt className={`${styles.term} ${c.letter === column ? styles.focused : ""}`}>{c.header ? `${c.letter} ${c.header}` : c.letter}</dt>
            <CellValue text={c.text} className={`${styles.value} ${c.letter === column ? styles.focused : ""}`} />
          </div>
        ))}
      </dl>
      <Button size="small" onClick={onClose}>
        Close row
      </Button>
    </Card>
  );
}
