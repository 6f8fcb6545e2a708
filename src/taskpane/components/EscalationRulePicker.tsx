import { Dropdown, Field, Option } from "@fluentui/react-components";
import { ESCALATION_RULE_IDS, ESCALATION_RULES, type EscalationRuleId } from "../../engine";

export interface EscalationRulePickerProps {
  value: EscalationRuleId;
  onChange: (rule: EscalationRuleId) => void;
  disabled?: boolean;
}

const isRuleId = (value: string | undefined): value is EscalationRuleId => ESCALATION_RULE_IDS.some((id) => id === value);

export function EscalationRulePicker({ value, onChange, disabled }: EscalationRulePickerProps) {
  return (
    <Field label="Escalation rule">
      <Dropdown
        value={ESCALATION_RULES[value].words}
        selectedOptions={[value]}
        disabled={disabled}
        onOptionSelect={(_, data) => isRuleId(data.optionValue) && onChange(data.optionValue)}
      >
        {ESCALATION_RULE_IDS.map((id) => (
          <Option key={id} value={id}>
            {ESCALATION_RULES[id].words}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
