import { Dropdown, Field, Option } from "@fluentui/react-components";

/** No earlier version: the check stands alone. */
const NONE = "";

export interface CompareWithProps {
  /** The workbook's other sheets, any of which may be last month's tab. */
  sheets: string[];
  /** The sheet compared with; "" for none. */
  value: string;
  onChange: (sheet: string) => void;
  disabled?: boolean;
}

/**
 * "Compare with…": the earlier version of the plan, as another sheet of this workbook (councils
 * often keep a tab a month). The sheet is read in the pane like the plan itself; nothing leaves it.
 */
export function CompareWith({ sheets, value, onChange, disabled }: CompareWithProps) {
  const label = value === NONE ? "Nothing: this version alone" : value;
  return (
    <Field label="Compare with an earlier version" hint="Another tab of this workbook holding last month's plan: the Changes tab then says what moved since.">
      <Dropdown value={label} selectedOptions={[value]} disabled={disabled} onOptionSelect={(_, data) => onChange(data.optionValue ?? NONE)}>
        <Option value={NONE}>Nothing: this version alone</Option>
        {sheets.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
