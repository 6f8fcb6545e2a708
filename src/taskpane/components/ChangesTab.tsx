import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import { CHANGE_GROUPS, changeGroup, changeSentence, plural, valueText, type ChangeReport, type PlanSheetReport } from "../../engine";
import { formatDate, formatDays } from "../format";
import { RagBadge } from "./RagBadge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, paddingBlockEnd: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  id: { fontWeight: tokens.fontWeightSemibold },
  heading: { marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

const owners = (list: string[]) => valueText({ kind: "owners", owners: list });

/** The change in the engine's words, a RAG shown as its badge as the pane shows it elsewhere. */
function describe(change: ChangeReport): ReactNode {
  const parts = changeSentence<ReactNode>(change, (value) => (value.kind === "rag" ? <RagBadge rag={value.rag} /> : valueText(value)));
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}

export interface ChangesTabProps {
  sheet: PlanSheetReport;
  /** The days ahead a step counts as due soon. */
  dueWithin: number;
}

/** What moved since the earlier version, grouped as the Changes sheet has it, and what falls due soon. */
export function ChangesTab({ sheet, dueWithin }: ChangesTabProps) {
  const styles = useStyles();
  const changes = sheet.changes ?? [];
  const dueSoon = sheet.dueSoon ?? [];
  return (
    <div>
      {sheet.since ? (
        <Text as="p" size={200}>
          Since &lsquo;{sheet.since.sheet}&rsquo; in {sheet.since.file}
          {sheet.since.asOf ? `, as of ${formatDate(sheet.since.asOf)}` : ""}: {plural(changes.length, "change")}.
          {sheet.since.columns.length > 0 && " The columns differ between the versions; they were matched by what they hold."}
        </Text>
      ) : (
        <Text as="p" size={200}>
          Compare with an earlier version of this plan to see what changed since.
        </Text>
      )}
      {sheet.since &&
        CHANGE_GROUPS.map((group) => {
          const inGroup = changes.filter((change) => changeGroup(change) === group.key);
          if (inGroup.length === 0) return null;
          return (
            <section key={group.key} aria-label={group.title}>
              <h3 className={styles.heading}>
                {group.title} ({inGroup.length})
              </h3>
              <ul className={styles.list}>
                {inGroup.map((change, i) => (
                  <li key={`${change.kind}-${change.step ?? change.row ?? change.sinceRow}-${i}`} className={styles.item}>
                    <Text size={200}>
                      <span className={styles.id}>{change.id ?? "No id"}</span> · {change.step !== null ? `row ${change.step}` : change.row !== null ? `row ${change.row}` : `was row ${change.sinceRow}`}
                    </Text>
                    <Text size={200}>{describe(change)}</Text>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      <section aria-label="Due soon">
        <h3 className={styles.heading}>
          Due within {formatDays(dueWithin)} ({dueSoon.length})
        </h3>
        {dueSoon.length === 0 ? (
          <Text as="p" size={200}>
            No step that is not done falls due in that time.
          </Text>
        ) : (
          <ul className={styles.list}>
            {dueSoon.map((step) => (
              <li key={step.row} className={styles.item}>
                <Text size={200}>
                  <span className={styles.id}>{step.id ?? "No id"}</span> · row {step.row}
                </Text>
                <Text size={200}>
                  Due {formatDate(step.targetDate)} ({step.daysLeft === 0 ? "today" : `in ${formatDays(step.daysLeft)}`}) · {owners(step.owners)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
