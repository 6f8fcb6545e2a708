import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { ESCALATION_RULES, plural, redAmberUnseenForWantOfSavings, type PlanSheetReport } from "../../engine";
import { formatPounds } from "../format";
import { RagBadge } from "./RagBadge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlockEnd: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  id: { fontWeight: tokens.fontWeightSemibold },
});

export interface EscalationsTabProps {
  sheet: PlanSheetReport;
  /** The rule in words: a reader must know why an item is here. */
  rule: string;
}

/** The items for the board, as the escalations summary will list them. */
export function EscalationsTab({ sheet, rule }: EscalationsTabProps) {
  const styles = useStyles();
  const items = sheet.escalations.map((id) => sheet.items.find((item) => (item.id ?? `row ${item.row}`) === id));
  const unseen = redAmberUnseenForWantOfSavings(sheet, rule);
  return (
    <div>
      <Text as="p" size={200}>
        Rule: {rule}.
      </Text>
      {sheet.boardList && (
        <Text as="p" size={200}>
          Board list: the items this sheet itself names for the board ({sheet.boardList.join(", ") || "none"}). Where it and the rule disagree, the findings say so.
        </Text>
      )}
      {items.length === 0 ? (
        <Text as="p">
          No item meets the rule.
          {unseen > 0 &&
            ` This plan has no savings columns, so the rule cannot pick anything: choose "${ESCALATION_RULES["all-red-amber"].words}" above to see the ${unseen === 1 ? "item" : plural(unseen, "item")} rated Red or Amber.`}
        </Text>
      ) : (
        <ul className={styles.list} aria-label="Items for escalation">
          {items.map((item, i) =>
            item ? (
              <li key={`${item.id}-${item.row}`} className={styles.item}>
                <span className={styles.line}>
                  <span className={styles.id}>{item.id ?? `Row ${item.row}`}</span>
                  <span aria-label="Action RAG">
                    <RagBadge rag={item.actionRag} />
                  </span>
                  {item.savingsRag && (
                    <Text size={200}>
                      Savings: <RagBadge rag={item.savingsRag} />
                    </Text>
                  )}
                  <Text size={200}>{formatPounds(item.saving)}</Text>
                </span>
                <Text size={200}>{item.title}</Text>
                {item.owners.length > 0 && <Text size={200}>Owner: {item.owners.join(", ")}</Text>}
              </li>
            ) : (
              <li key={sheet.escalations[i]}>{sheet.escalations[i]}</li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
