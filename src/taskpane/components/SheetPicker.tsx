import { Dropdown, Field, Option } from "@fluentui/react-components";

export interface SheetPickerProps {
  names: string[];
  value: string;
  onChange: (name: string) => void;
  disabled?: boolean;
}

export function SheetPicker({ names, value, onChange, disabled }: SheetPickerProps) {
  return (
    <Field label="Sheet">
      <Dropdown value={value} selectedOptions={[value]} disabled={disabled} onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue)}>
        {names.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
