import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PlanSheetReport } from "../../engine";
import { formatPounds } from "../format";
import { RAG_WORDS, type RagName } from "../labels";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", marginBlockEnd: tokens.spacingVerticalM, fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  name: { textAlign: "start", fontWeight: tokens.fontWeightRegular, paddingBlock: tokens.spacingVerticalXXS, wordBreak: "break-word" },
  amount: { textAlign: "end", whiteSpace: "nowrap", paddingInlineStart: tokens.spacingHorizontalS },
});

export interface SavingsTabProps {
  totals: PlanSheetReport["totals"];
}

const ragName = (key: string) => (key in RAG_WORDS ? RAG_WORDS[key as RagName] : "No Savings RAG");

/** One breakdown of the savings total, as a small table a screen reader can walk. */
function Breakdown({ caption, amounts, name }: { caption: string; amounts: Record<string, number>; name?: (key: string) => string }) {
  const styles = useStyles();
  const rows = Object.entries(amounts).filter(([, pounds]) => pounds !== 0);
  if (rows.length === 0) return null;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <tbody>
        {rows.map(([key, pounds]) => (
          <tr key={key}>
            <th scope="row" className={styles.name}>
              {name ? name(key) : key}
            </th>
            <td className={styles.amount}>{formatPounds(pounds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The savings figures the savings summary sheet will hold. */
export function SavingsTab({ totals }: SavingsTabProps) {
  return (
    <div>
      <Text as="p" weight="semibold">
        Total savings: {formatPounds(totals.saving)}
      </Text>
      <Breakdown caption="By Savings RAG" amounts={totals.savingByRag} name={ragName} />
      <Breakdown caption="By section" amounts={totals.savingBySection} />
      <Breakdown caption="By owner" amounts={totals.savingByOwner} />
      <Breakdown caption="By finance manager" amounts={totals.savingByFinanceManager} />
    </div>
  );
}
