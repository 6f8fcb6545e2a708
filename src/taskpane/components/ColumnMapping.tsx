import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { Role } from "../../engine";
import { ROLE_LABELS, ROLES } from "../labels";
import type { ColumnOption } from "../run-check";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

const NONE = "none";

export interface ColumnMappingProps {
  options: ColumnOption[];
  /** The column each role is read from now: found by the engine or set by the user. */
  mapping: Partial<Record<Role, number>>;
  onChange: (role: Role, col: number | null) => void;
  /** Forgets what the user mapped by hand: the columns found are used again. Absent when nothing was mapped. */
  onReset?: () => void;
  /** For each role, the column letter that came second when the reader scored the columns. */
  runnersUp?: Partial<Record<Role, string | null>>;
  disabled?: boolean;
}

const optionText = (o: ColumnOption) => (o.header ? `${o.letter} · ${o.header}` : `Column ${o.letter}`);

/** The columns the engine found, each changeable, folded away because most plans need no change. */
export function ColumnMapping({ options, mapping, onChange, onReset, runnersUp, disabled }: ColumnMappingProps) {
  const styles = useStyles();
  const found = ROLES.filter((role) => mapping[role] !== undefined).length;
  return (
    <Accordion collapsible>
      <AccordionItem value="columns">
        <AccordionHeader>Columns ({found} found)</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {ROLES.map((role) => {
            const col = mapping[role];
            const chosen = options.find((o) => o.col === col);
            // One column read for two roles is almost always a slip; it is allowed but said.
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
                  disabled={disabled}
                  value={chosen ? optionText(chosen) : "Not used"}
                  selectedOptions={[chosen ? String(chosen.col) : NONE]}
                  onOptionSelect={(_, data) => onChange(role, data.optionValue === NONE || !data.optionValue ? null : Number(data.optionValue))}
                >
                  <Option value={NONE}>Not used</Option>
                  {options.map((o) => (
                    <Option key={o.col} value={String(o.col)}>
                      {optionText(o)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          {onReset && (
            <Button size="small" onClick={onReset} disabled={disabled}>
              Use the columns found
            </Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
