import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../settings";
import { ESCALATION_RULE_IDS, ESCALATION_RULES, type EscalationRuleId } from "../../engine";

export interface EscalationRulePickerProps {
  value: EscalationRuleId;
  onChange: (rule: EscalationRuleId) => void;
  disabled?: boolean;
}

const isRuleId = (value: string | undefined): value is EscalationRuleId => ESCALATION_RULE_IDS.some((id) => id === value);

export function EscalationRulePicker({ value, onChange, disabled }: EscalationRulePickerProps) {
  const preset = DEFAULT_SETTINGS.escalate;
  return (
    <>
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
    {/* The rule is remembered, so one picked for another workbook can follow the user here. */}
    {value !== preset && (
      <Button size="small" onClick={() => onChange(preset)} disabled={disabled} style={{ alignSelf: "flex-start" }}>
        Reset to the default rule
      </Button>
    )}
    </>
  );
}
