import { Button, makeStyles, Select, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { FindingReport } from "../../engine";

const useStyles = makeStyles({
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginBlockEnd: tokens.spacingVerticalS },
  // A native select is as wide as its longest option, and rule titles are long: held to the pane.
  ruleFilter: { flex: "1 1 12em", minWidth: 0, maxWidth: "100%" },
  ruleSelect: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  group: { marginBlockEnd: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  fold: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular, alignItems: "flex-start" },
  // A finding about the whole sheet has no cell to go to: plain text in the ordinary colour, not a greyed-out button.
  sheetFinding: {
    display: "flex",
    gap: tokens.spacingHorizontalSNudge,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
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

type Severity = FindingReport["severity"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };
const PLURAL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };
const ALL_RULES = "";

/** Groups by rule, errors first: the group with the worst finding leads, and within a group the worst come first. */
export function byRule(findings: FindingReport[]): Array<[string, FindingReport[]]> {
  const rank = (f: FindingReport) => SEVERITIES.indexOf(f.severity);
  const groups = new Map<string, FindingReport[]>();
  for (const f of [...findings].sort((a, b) => rank(a) - rank(b))) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups.entries()];
}

/**
 * Findings grouped by rule, each a button that takes the user to its cell, with filters by
 * severity and rule, groups that fold, and Next/Previous (Alt+Down, Alt+Up) to work through them.
 * Memoised: the pane renders again each time it turns busy or idle and at each key typed in the
 * form, and a plan's findings are dozens of buttons that change only with their own props.
 */
export const FindingsList = memo(function FindingsList({ findings, ruleTitles, onSelect, selectVerb, shown, detail }: FindingsListProps) {
  const styles = useStyles();
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const [rule, setRule] = useState(ALL_RULES);
  const [folded, setFolded] = useState<Set<string>>(new Set());
  const [current, setCurrent] = useState<FindingReport | null>(null);
  const buttons = useRef(new Map<FindingReport, HTMLButtonElement>());

  const groups = useMemo(
    () => byRule(findings.filter((f) => !hidden.has(f.severity) && (rule === ALL_RULES || f.rule === rule))),
    [findings, hidden, rule],
  );
  /** What Next and Previous step through: the findings shown that have a cell, in the order shown. */
  const steps = groups.flatMap(([, group]) => group.filter((f) => f.cell !== null));

  // Focus follows the step, unless what the step opened (the row, in the browser) took it.
  useEffect(() => {
    const button = current && buttons.current.get(current);
    if (button && !button.parentElement?.contains(document.activeElement)) button.focus();
  }, [current]);

  if (findings.length === 0) return <Text>No findings: every check passed on this sheet.</Text>;

  const select = (f: FindingReport) => {
    setCurrent(f);
    onSelect(f);
  };
  const step = (by: 1 | -1) => {
    if (steps.length === 0) return;
    const at = current ? steps.indexOf(current) : -1;
    const next = steps[at === -1 ? (by === 1 ? 0 : steps.length - 1) : (at + by + steps.length) % steps.length];
    setFolded((f) => new Set([...f].filter((r) => r !== next.rule)));
    select(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    e.preventDefault();
    step(e.key === "ArrowDown" ? 1 : -1);
  };
  const toggle = <T,>(set: Set<T>, value: T) => (set.has(value) ? new Set([...set].filter((v) => v !== value)) : new Set([...set, value]));
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const rules = [...new Set(findings.map((f) => f.rule))];

  return (
    <div onKeyDown={onKeyDown}>
      <div className={styles.tools} role="group" aria-label="Show findings">
        {SEVERITIES.filter((s) => count(s) > 0).map((s) => (
          <ToggleButton key={s} size="small" checked={!hidden.has(s)} onClick={() => setHidden(toggle(hidden, s))}>
            {PLURAL[s]} ({count(s)})
          </ToggleButton>
        ))}
        <Select size="small" aria-label="Rule" className={styles.ruleFilter} select={{ className: styles.ruleSelect }} value={rule} onChange={(_, data) => setRule(data.value)}>
          <option value={ALL_RULES}>All rules</option>
          {rules.map((id) => (
            <option key={id} value={id}>
              {ruleTitles[id] ?? id}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.tools}>
        <Button size="small" aria-keyshortcuts="Alt+ArrowUp" title="Alt+Up" onClick={() => step(-1)} disabled={steps.length === 0}>
          Previous finding
        </Button>
        <Button size="small" aria-keyshortcuts="Alt+ArrowDown" title="Alt+Down" onClick={() => step(1)} disabled={steps.length === 0}>
          Next finding
        </Button>
        {current && steps.includes(current) && (
          <Text size={200} aria-live="polite">
            {steps.indexOf(current) + 1} of {steps.length}
          </Text>
        )}
      </div>
      {groups.length === 0 && <Text>No findings match these filters.</Text>}
      {groups.map(([id, group]) => {
        const open = !folded.has(id);
        return (
          <section key={id} className={styles.group} aria-label={`${ruleTitles[id] ?? id}: ${group.length}`}>
            <h3 className={styles.heading}>
              <Button appearance="subtle" className={styles.fold} aria-expanded={open} onClick={() => setFolded(toggle(folded, id))}>
                {open ? "▾" : "▸"} {ruleTitles[id] ?? id} ({group.length})
              </Button>
            </h3>
            {open && (
              <ul className={styles.list}>
                {group.map((f, i) => (
                  <li key={`${f.cell ?? "sheet"}-${i}`}>
                    {f.cell === null ? (
                      <div className={styles.sheetFinding}>
                        <span className={styles.cell}>Sheet</span>
                        <span>
                          <span className={styles.severity}>{SEVERITY[f.severity]}: </span>
                          {f.message}
                        </span>
                      </div>
                    ) : (
                      <Button
                        ref={(el: HTMLButtonElement | null) => void (el ? buttons.current.set(f, el) : buttons.current.delete(f))}
                        appearance="subtle"
                        className={styles.finding}
                        aria-current={f === current ? "true" : undefined}
                        title={`${selectVerb} ${f.cell}`}
                        onClick={() => select(f)}
                      >
                        <span className={styles.cell}>{f.cell}</span>
                        <span>
                          <span className={styles.severity}>{SEVERITY[f.severity]}: </span>
                          {f.message}
                        </span>
                      </Button>
                    )}
                    {f === shown && detail}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
});
