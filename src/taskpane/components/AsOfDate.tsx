import { Field, Input } from "@fluentui/react-components";
import { formatDate } from "../format";
import { AS_OF_SOURCE_WORDS } from "../labels";

export type AsOfSource = "option" | "sheet" | "today";

export interface AsOfDateProps {
  /** The date the check will use, YYYY-MM-DD. */
  value: string;
  source: AsOfSource;
  onChange: (value: string) => void;
  disabled?: boolean;
}


/**
 * Overdue days are counted to this date, so where it came from is always said. @fluentui/react-
 * components 9 has no DatePicker (it is a separate package), so this is a labelled date input.
 */
export function AsOfDate({ value, source, onChange, disabled }: AsOfDateProps) {
  return (
    <Field label="As-of date" hint={`${formatDate(value)}: ${AS_OF_SOURCE_WORDS[source]}. Clear it to go back to the default.`}>
      <Input type="date" value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
