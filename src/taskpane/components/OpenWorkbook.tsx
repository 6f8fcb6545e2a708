import { Label, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, type ChangeEvent } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  input: { maxWidth: "100%", fontSize: tokens.fontSizeBase300 },
});

export interface OpenWorkbookProps {
  onOpen: (file: File) => void;
  /** The file being worked on, said beside the input because the input itself is reset. */
  current: string | null;
  disabled?: boolean;
}

/**
 * The native file input, labelled "Open workbook": it is keyboard- and screen-reader-usable as
 * it is, and a test or a person can hand it a file the same way.
 */
export function OpenWorkbook({ onOpen, current, disabled }: OpenWorkbookProps) {
  const styles = useStyles();
  const id = useId();
  const changed = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it in Excel) opens it again.
    event.target.value = "";
    if (file) onOpen(file);
  };
  return (
    <div className={styles.root}>
      <Label htmlFor={id} weight="semibold">
        Open workbook
      </Label>
      <input id={id} className={styles.input} type="file" accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={changed} disabled={disabled} />
      {current && <Text size={200}>Open: {current}</Text>}
    </div>
  );
}
