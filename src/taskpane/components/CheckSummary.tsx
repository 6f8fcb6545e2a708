import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { plural, type PlanSheetReport } from "../../engine";
import { formatPounds } from "../format";
import { RAG_WORDS, SEVERITY_WORDS, type RagName } from "../labels";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  count: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: 0,
  },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  ragRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
});

const RAGS: RagName[] = ["red", "amber", "green", "blue"];

export interface CheckSummaryProps {
  sheet: PlanSheetReport;
}

/** The headline figures: what a manager reads first. */
export function CheckSummary({ sheet }: CheckSummaryProps) {
  const styles = useStyles();
  const count = (severity: "error" | "warning" | "info") => sheet.findings.filter((f) => f.severity === severity).length;
  const byRag = sheet.totals.itemsByActionRag;
  return (
    <section className={styles.root} aria-label="Check summary">
      <dl className={styles.counts}>
        {(["error", "warning", "info"] as const).map((severity) => (
          <div key={severity} className={styles.count}>
            <dt>
              <Text size={200}>{SEVERITY_WORDS[severity]}</Text>
            </dt>
            <dd className={styles.figure}>{count(severity)}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.ragRow} aria-label="Items by action RAG">
        {RAGS.map((rag) => (
          <li key={rag}>
            <Text size={200}>
              {RAG_WORDS[rag]}: {byRag[rag] ?? 0}
            </Text>
          </li>
        ))}
        <li>
          <Text size={200}>No RAG: {byRag.none ?? 0}</Text>
        </li>
      </ul>
      <Text size={200}>
        {plural(sheet.items.length, "item")} · {sheet.escalations.length} for escalation · savings {formatPounds(sheet.totals.saving)}
      </Text>
    </section>
  );
}
