import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PlanSheetReport } from "../../engine";
import { formatCount, formatDate, formatDays } from "../format";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { display: "flex", flexDirection: "column", paddingBlockEnd: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  id: { fontWeight: tokens.fontWeightSemibold },
});

export interface SlippageTabProps {
  sheet: PlanSheetReport;
}

/** Steps that slipped or are overdue, as the slippage summary will list them. */
export function SlippageTab({ sheet }: SlippageTabProps) {
  const styles = useStyles();
  const steps = sheet.items.flatMap((item) =>
    item.steps.filter((s) => (s.slippageDays ?? 0) > 0 || (s.overdueDays ?? 0) > 0).map((step) => ({ item, step })),
  );
  return (
    <div>
      <Text as="p" size={200}>
        {formatCount(sheet.totals.slippedSteps, "step")} slipped · {sheet.totals.overdueSteps} overdue
      </Text>
      {steps.length > 0 && (
        <ul className={styles.list} aria-label="Slipped and overdue steps">
          {steps.map(({ item, step }) => (
            <li key={step.row} className={styles.step}>
              <Text size={200}>
                <span className={styles.id}>{item.id ?? `Row ${item.row}`}</span> · row {step.row}
              </Text>
              <Text size={200}>
                Target {formatDate(step.targetDate)}
                {step.revisedDate && `, revised ${formatDate(step.revisedDate)}`}
              </Text>
              <Text size={200}>
                {(step.slippageDays ?? 0) > 0 && `Slipped ${formatDays(step.slippageDays ?? 0)}. `}
                {(step.overdueDays ?? 0) > 0 && `Overdue ${formatDays(step.overdueDays ?? 0)}.`}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
