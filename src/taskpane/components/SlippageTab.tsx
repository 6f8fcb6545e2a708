import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { plural, type PlanSheetReport } from "../../engine";
import { formatDate, formatDays } from "../format";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { display: "flex", flexDirection: "column", alignItems: "flex-start", paddingBlockEnd: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  id: { fontWeight: tokens.fontWeightSemibold },
  link: { justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular, paddingInline: 0, minWidth: 0 },
});

export interface SlippageTabProps {
  sheet: PlanSheetReport;
  /** Selects the cell in Excel, or shows the row in the browser, as a finding does. */
  onSelectCell?: (cell: string) => void;
  selectVerb?: string;
  /** The cell whose row is shown, and that row, placed under its step. */
  shownCell?: string | null;
  detail?: ReactNode;
}

/** Steps that slipped or are overdue, as the slippage summary will list them: which item, what step, and a link to it. */
export function SlippageTab({ sheet, onSelectCell, selectVerb = "Select cell", shownCell, detail }: SlippageTabProps) {
  const styles = useStyles();
  const steps = sheet.items.flatMap((item) =>
    item.steps.filter((s) => (s.slippageDays ?? 0) > 0 || (s.overdueDays ?? 0) > 0).map((step) => ({ item, step, cell: step.dueCell })),
  );
  return (
    <div>
      <Text as="p" size={200}>
        {plural(sheet.totals.slippedSteps, "step")} slipped · {sheet.totals.overdueSteps} overdue
      </Text>
      {steps.length > 0 && (
        <ul className={styles.list} aria-label="Slipped and overdue steps">
          {steps.map(({ item, step, cell }) => (
            <li key={step.row} className={styles.step}>
              <Text size={200}>
                <span className={styles.id}>{item.id ?? `Row ${item.row}`}</span> · row {step.row}
                {item.title && ` · ${item.title}`}
              </Text>
              {step.text && <Text size={200}>Step: {step.text}</Text>}
              <Text size={200}>
                Target {formatDate(step.targetDate)}
                {step.revisedDate && `, revised ${formatDate(step.revisedDate)}`}
              </Text>
              <Text size={200}>
                {(step.slippageDays ?? 0) > 0 && `Slipped ${formatDays(step.slippageDays ?? 0)}. `}
                {(step.overdueDays ?? 0) > 0 && `Overdue ${formatDays(step.overdueDays ?? 0)}.`}
              </Text>
              {cell && onSelectCell && (
                <Button size="small" appearance="transparent" className={styles.link} onClick={() => onSelectCell(cell)}>
                  {selectVerb} {cell}
                </Button>
              )}
              {cell === shownCell && detail}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
