import { Button, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ColumnOption } from "../run-check";

const useStyles = makeStyles({
  card: { marginBlockEnd: tokens.spacingVerticalM },
  list: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, wordBreak: "break-word" },
  focused: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});

export interface RowPreviewProps {
  sheet: string;
  row: number;
  /** The cell the finding is about, marked in the list. */
  cell: string | null;
  cells: Array<ColumnOption & { text: string }>;
  onClose: () => void;
}

/** Outside Excel there is no sheet to jump to, so the finding's row is shown here instead. */
export function RowPreview({ sheet, row, cell, cells, onClose }: RowPreviewProps) {
  const styles = useStyles();
  const column = cell?.replace(/\d+$/, "");
  return (
    <Card className={styles.card} aria-label={`Row ${row} of ${sheet}`} role="region">
      <Text weight="semibold">
        Row {row} of '{sheet}'
      </Text>
      <dl className={styles.list}>
        {cells.map((c) => (
          <div key={c.col} style={{ display: "contents" }}>
            <dt className={`${styles.term} ${c.letter === column ? styles.focused : ""}`}>{c.header ? `${c.letter} ${c.header}` : c.letter}</dt>
            <dd className={`${styles.value} ${c.letter === column ? styles.focused : ""}`}>{c.text}</dd>
          </div>
        ))}
      </dl>
      <Button size="small" onClick={onClose}>
        Close row
      </Button>
    </Card>
  );
}
