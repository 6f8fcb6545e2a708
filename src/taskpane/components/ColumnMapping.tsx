import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, makeStyles, Option, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { layoutGaps, type Columns, type Role } from "../../engine";
import type { RowChoice } from "../layout-choices";
import { CORE_ROLES, ROLE_LABELS, ROLES } from "../labels";
import type { ColumnOption } from "../run-check";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  needs: { color: tokens.colorNeutralForeground2 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  more: { justifyContent: "flex-start", alignSelf: "flex-start" },
  rest: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const NONE = "none";

/** What a plan needs, in the words of the pickers below. */
const NEEDS = {
  text: `${ROLE_LABELS.action} (or ${ROLE_LABELS.title})`,
  tracking: `one of ${ROLE_LABELS.owner}, ${ROLE_LABELS.targetDate}, ${ROLE_LABELS.revisedDate}, ${ROLE_LABELS.dateAndOwner} or ${ROLE_LABELS.actionRag}`,
} as const;

export interface ColumnMappingProps {
  /** The rows the header may be picked from, with their texts. */
  rows: RowChoice[];
  /** The header row in use: found by the engine or chosen by the user; 0 when the table has none, null before any is chosen. */
  headerRow: number | null;
  onHeaderRowChange: (row: number) => void;
  options: ColumnOption[];
  /** The column each role is read from now: found by the engine or set by the user. */
  mapping: Columns;
  onChange: (role: Role, col: number | null) => void;
  /** Whether the user chose the header row and columns, rather than the reader. */
  byHand: boolean;
  /** Forgets what the user chose: the columns found are used again. Absent when nothing was chosen. */
  onReset?: () => void;
  /** What the reset button says: the reader may have found columns to go back to, or none. */
  resetLabel?: string;
  /** For each role, the column letter that came second when the reader scored the columns. */
  runnersUp?: Partial<Record<Role, string | null>>;
  /** Open from the start: when the reader found no plan, choosing the columns is the way on. */
  open?: boolean;
  disabled?: boolean;
}

const optionText = (o: ColumnOption) => (o.header ? `${o.letter} · ${o.header}` : `Column ${o.letter}`);
const rowText = (row: RowChoice) => `Row ${row.row} · ${row.text}`;

function title(byHand: boolean, found: number): string {
  if (byHand) return "Columns (chosen by you)";
  return found ? `Columns (${found} found)` : "Choose the columns yourself";
}

/**
 * The header row and the column of each role: found by the engine and changeable, or, for a
 * layout it did not recognise, chosen here by the user. Folded away when the reader found a
 * plan, because most plans need no change.
 */
export function ColumnMapping({ rows, headerRow, onHeaderRowChange, options, mapping, onChange, byHand, onReset, resetLabel = "Use the columns found", runnersUp, open, disabled }: ColumnMappingProps) {
  const styles = useStyles();
  const found = ROLES.filter((role) => mapping[role] !== undefined).length;
  const gaps = layoutGaps(mapping);
  const header = rows.find((r) => r.row === headerRow);
  const restId = useId("more-columns");
  // The roles shown first: the core ones and those in use when this header row was chosen. Kept
  // as they were while the user picks, so that a field never jumps away from under the focus.
  const [split, setSplit] = useState({ headerRow, inUse: ROLES.filter((role) => mapping[role] !== undefined) });
  if (split.headerRow !== headerRow) setSplit({ headerRow, inUse: ROLES.filter((role) => mapping[role] !== undefined) });
  const first = ROLES.filter((role) => CORE_ROLES.includes(role) || split.inUse.includes(role));
  const rest = ROLES.filter((role) => !first.includes(role));
  const [moreOpen, setMoreOpen] = useState(false);
  // Made once per sheet, not once per picker at each render: a dozen pickers of twenty columns
  // each were some 250 options made afresh at every key typed and every busy or idle in the pane.
  const columnOptions = useMemo(
    () => [
      <Option key={NONE} value={NONE}>
        Not used
      </Option>,
      ...options.map((o) => (
        <Option key={o.col} value={String(o.col)}>
          {optionText(o)}
        </Option>
      )),
    ],
    [options],
  );
  const rowOptions = useMemo(
    () =>
      rows.map((row) => (
        <Option key={row.row} value={String(row.row)} text={rowText(row)}>
          {rowText(row)}
        </Option>
      )),
    [rows],
  );
  /** The field of one role: its column, a warning when that column is read for another role too, and the runner-up. */
  const rolePicker = (role: Role) => {
    const col = mapping[role];
    const chosen = options.find((o) => o.col === col);
    // One column read for two roles is almost always a slip; the engine reads it for both, so it is said, not refused.
    const also = col === undefined ? [] : ROLES.filter((other) => other !== role && mapping[other] === col);
    // The runner-up shows the user the other column the reader weighed, to pick it if the reader was wrong.
    const second = options.find((o) => o.letter === runnersUp?.[role]);
    return (
      <Field
        key={role}
        label={ROLE_LABELS[role]}
        size="small"
        validationState={also.length ? "warning" : "none"}
        validationMessage={also.length ? `This column is also read as ${also.map((r) => ROLE_LABELS[r]).join(" and ")}.` : undefined}
        hint={second ? `Runner-up: ${optionText(second)}` : undefined}
      >
        <Dropdown
          size="small"
          // Columns are named by the header row: there is nothing to pick from before it.
          disabled={disabled || headerRow === null}
          value={chosen ? optionText(chosen) : col === undefined ? "Not used" : `Column ${col}`}
          selectedOptions={[col === undefined ? NONE : String(col)]}
          onOptionSelect={(_, data) => onChange(role, data.optionValue === NONE || !data.optionValue ? null : Number(data.optionValue))}
        >
          {columnOptions}
        </Dropdown>
      </Field>
    );
  };
  return (
    <Accordion collapsible defaultOpenItems={open ? ["columns"] : []}>
      <AccordionItem value="columns">
        <AccordionHeader>{title(byHand, found)}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field label="Header row" size="small" hint="The row that names the table's columns; the actions are read from the rows below it.">
            <Dropdown
              size="small"
              disabled={disabled}
              placeholder="Choose the row that names the columns"
              value={header ? rowText(header) : headerRow === null ? "" : headerRow ? `Row ${headerRow}` : "No header row"}
              selectedOptions={headerRow === null ? [] : [String(headerRow)]}
              onOptionSelect={(_, data) => data.optionValue !== undefined && onHeaderRowChange(Number(data.optionValue))}
            >
              {rowOptions}
            </Dropdown>
          </Field>
          <Text size={200} className={gaps.length ? styles.missing : styles.needs}>
            {gaps.length ? "Still needed: " : "Needed: "}
            {(gaps.length ? gaps : (["text", "tracking"] as const)).map((gap) => NEEDS[gap]).join("; and ")}.
          </Text>
          {first.map(rolePicker)}
          {rest.length > 0 && (
            <>
              <Button appearance="subtle" size="small" className={styles.more} aria-expanded={moreOpen} aria-controls={restId} onClick={() => setMoreOpen(!moreOpen)}>
                {moreOpen ? "▾" : "▸"} More columns ({rest.length})
              </Button>
              <div id={restId} className={styles.rest} hidden={!moreOpen}>
                {moreOpen && rest.map(rolePicker)}
              </div>
            </>
          )}
          {onReset && (
            <Button size="small" onClick={onReset} disabled={disabled}>
              {resetLabel}
            </Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
