import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";

/**
 * The earlier version of the plan: a tab of this workbook (councils often keep a tab a month) or
 * a sheet of another .xlsx file (or a file a month), which the pane has read.
 */
export type EarlierVersion = { from: "workbook"; sheet: string } | { from: "file"; file: string; sheet: string };

/** Another file the pane has read: its name and its sheets. */
export interface OtherFile {
  name: string;
  sheets: string[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  field: { alignSelf: "stretch" },
});

const NONE = "none";
const NOTHING = "Nothing: this version alone";
/** One option value per version; JSON keeps a sheet named like a prefix apart from it. */
const keyOf = (version: EarlierVersion | null) => (version ? JSON.stringify(version) : NONE);
const labelOf = (version: EarlierVersion | null) => (!version ? NOTHING : version.from === "workbook" ? version.sheet : `${version.sheet} (${version.file})`);

export interface CompareWithProps {
  /** The workbook's other sheets, any of which may be last month's tab. */
  sheets: string[];
  /** The file read under "Compare with another file…", whose sheets are offered too; null before any. */
  other: OtherFile | null;
  value: EarlierVersion | null;
  onChange: (version: EarlierVersion | null) => void;
  /** Reads a file the user chose; absent where the host cannot. */
  onOpenFile?: (file: File) => void;
  disabled?: boolean;
}

/**
 * "Compare with…": the earlier version is read in the pane like the plan itself, whether a tab of
 * this workbook or another file; nothing leaves it.
 */
export function CompareWith({ sheets, other, value, onChange, onOpenFile, disabled }: CompareWithProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const versions: EarlierVersion[] = [
    ...sheets.map((sheet): EarlierVersion => ({ from: "workbook", sheet })),
    ...(other?.sheets ?? []).map((sheet): EarlierVersion => ({ from: "file", file: other?.name ?? "", sheet })),
  ];
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    event.target.value = "";
    if (file) onOpenFile?.(file);
  };
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label="Compare with an earlier version"
        hint="Last month's plan, as another tab of this workbook or another .xlsx file: the Changes tab then says what moved since. Files are read here, not uploaded."
      >
        <Dropdown
          value={labelOf(value)}
          selectedOptions={[keyOf(value)]}
          disabled={disabled}
          onOptionSelect={(_, data) => onChange(versions.find((version) => keyOf(version) === data.optionValue) ?? null)}
        >
          <Option value={NONE}>{NOTHING}</Option>
          {versions.map((version) => (
            <Option key={keyOf(version)} value={keyOf(version)}>
              {labelOf(version)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {onOpenFile && (
        <>
          <input ref={input} type="file" hidden aria-label="Earlier version file" accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={chosen} />
          {/* Focusable while the file is read, so that focus stays here for the sheet choice above. */}
          <Button size="small" disabledFocusable={disabled} onClick={() => input.current?.click()}>
            Compare with another file…
          </Button>
        </>
      )}
    </div>
  );
}
