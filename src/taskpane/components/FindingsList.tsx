import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FindingReport } from "../../engine";

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular, alignItems: "flex-start" },
  cell: { fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em", flexShrink: 0 },
  severity: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsListProps {
  findings: FindingReport[];
  /** One line per rule id, for the group headings. */
  ruleTitles: Record<string, string>;
  /** Selects the cell in Excel, or shows the row in the browser. */
  onSelect: (finding: FindingReport) => void;
  /** Says what clicking does, for screen readers: "Select" in Excel, "Show the row" in a browser. */
  selectVerb: string;
  /** The finding whose row is shown, and that row: placed under the finding, where the user clicked. */
  shown?: FindingReport | null;
  detail?: ReactNode;
}

const SEVERITY: Record<FindingReport["severity"], string> = { error: "Error", warning: "Warning", info: "Note" };

function byRule(findings: FindingReport[]): Array<[string, FindingReport[]]> {
  const groups = new Map<string, FindingReport[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups.entries()];
}

/** Findings grouped by rule, each a button that takes the user to its cell. */
export function FindingsList({ findings, ruleTitles, onSelect, selectVerb, shown, detail }: FindingsListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Text>No findings: every check passed on this sheet.</Text>;
  return (
    <div>
      {byRule(findings).map(([rule, group]) => (
        <section key={rule} className={styles.group} aria-label={`${ruleTitles[rule] ?? rule}: ${group.length}`}>
          <h3 className={styles.heading}>
            {ruleTitles[rule] ?? rule} ({group.length})
          </h3>
          <ul className={styles.list}>
            {group.map((f, i) => (
              <li key={`${f.cell ?? "sheet"}-${i}`}>
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  disabled={f.cell === null}
                  title={f.cell ? `${selectVerb} ${f.cell}` : undefined}
                  onClick={() => onSelect(f)}
                >
                  <span className={styles.cell}>{f.cell ?? "Sheet"}</span>
                  <span>
                    <span className={styles.severity}>{SEVERITY[f.severity]}: </span>
                    {f.message}
                  </span>
                </Button>
                {f === shown && detail}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
