import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, makeStyles, Option, Switch, Text, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine";
import type { PaneSettings } from "../settings";

const useStyles = makeStyles({
  rule: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  severity: { minWidth: "110px" },
});

/** A rule as the settings list shows it. */
export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
}

export interface RuleSettingsProps {
  rules: RuleInfo[];
  settings: PaneSettings["rules"];
  onChange: (id: string, setting: { enabled: boolean; severity: Severity }) => void;
  disabled?: boolean;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };
const isSeverity = (value: string | undefined): value is Severity => SEVERITIES.some((s) => s === value);

/** Which checks run and how much each matters; saved with the workbook (or the browser). */
export function RuleSettings({ rules, settings, onChange, disabled }: RuleSettingsProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="rules">
        <AccordionHeader>Checks ({rules.filter((r) => settings[r.id]?.enabled !== false).length} of {rules.length} on)</AccordionHeader>
        <AccordionPanel>
          {rules.map((rule) => {
            const enabled = settings[rule.id]?.enabled !== false;
            const severity = settings[rule.id]?.severity ?? rule.severity;
            return (
              <div key={rule.id} className={styles.rule}>
                <Text size={200}>{rule.description}</Text>
                <div className={styles.row}>
                  <Switch
                    label={enabled ? "On" : "Off"}
                    aria-label={`Check: ${rule.description}`}
                    checked={enabled}
                    disabled={disabled}
                    onChange={(_, data) => onChange(rule.id, { enabled: data.checked, severity })}
                  />
                  <Dropdown
                    className={styles.severity}
                    size="small"
                    aria-label={`Severity: ${rule.description}`}
                    value={SEVERITY_LABEL[severity]}
                    selectedOptions={[severity]}
                    disabled={disabled || !enabled}
                    onOptionSelect={(_, data) => isSeverity(data.optionValue) && onChange(rule.id, { enabled, severity: data.optionValue })}
                  >
                    {SEVERITIES.map((s) => (
                      <Option key={s} value={s}>
                        {SEVERITY_LABEL[s]}
                      </Option>
                    ))}
                  </Dropdown>
                </div>
              </div>
            );
          })}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
