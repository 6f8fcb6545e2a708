import { Field, Input } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import { dateFieldText, parseUkDate, shiftDate } from "../date-input";
import { formatDate } from "../format";
import { AS_OF_SOURCE_WORDS } from "../labels";

export type AsOfSource = "option" | "sheet" | "today";

export interface AsOfDateProps {
  /** The date the check will use, YYYY-MM-DD. */
  value: string;
  source: AsOfSource;
  /** The date typed, YYYY-MM-DD; "" when the field is cleared (the default date); null while what is typed is not a date. */
  onChange: (value: string | null) => void;
  disabled?: boolean;
}

/** Arrow keys move a day, Page Up and Page Down a month: a date can be picked without typing it. */
const STEPS: Record<string, { days?: number; months?: number }> = {
  ArrowUp: { days: 1 },
  ArrowDown: { days: -1 },
  PageUp: { months: 1 },
  PageDown: { months: -1 },
};

/**
 * Overdue days are counted to this date, so where it came from is always said. A text field in
 * dd/mm/yyyy rather than a native date input, which shows the machine's order (06/29/2016 on a
 * US-English Windows); @fluentui/react-components 9 has no DatePicker of its own. The pane
 * remounts it (by key) for each sheet, so what the user is typing is never overwritten.
 */
export function AsOfDate({ value, source, onChange, disabled }: AsOfDateProps) {
  const [text, setText] = useState(dateFieldText(value));
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    // A new default (the sheet read from a header row the user chose) fills a field the user has not touched.
    if (source !== "option" && text === dateFieldText(shownValue)) setText(dateFieldText(value));
  }
  const typed = parseUkDate(text);

  const change = (next: string) => {
    setText(next);
    onChange(parseUkDate(next));
  };

  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    const by = STEPS[event.key];
    if (!by) return;
    event.preventDefault();
    const moved = shiftDate(typed || value, by);
    setText(dateFieldText(moved));
    onChange(moved);
  };

  return (
    <Field
      label="As-of date"
      validationState={typed === null ? "error" : "none"}
      validationMessage={typed === null ? "Type the date as day/month/year, for example 29/06/2016." : undefined}
      hint={`${formatDate(value)}: ${AS_OF_SOURCE_WORDS[source]}. Type dd/mm/yyyy or use the arrow keys; clear it to go back to the default.`}
    >
      <Input
        value={text}
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        disabled={disabled}
        onChange={(_, data) => change(data.value)}
        onKeyDown={step}
        // An emptied field shows the default date again once the user leaves it.
        onBlur={() => typed === "" && setText(dateFieldText(value))}
      />
    </Field>
  );
}
