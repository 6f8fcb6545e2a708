import { runRule } from "../../src/engine/check";
import { comparePlans } from "../../src/engine/compare";
import type { Finding, RuleId } from "../../src/engine/findings";
import { messageFor } from "../../src/engine/messages";
import type { BoardListEntry, Columns, Item, Located, LogEntry, PlanSheet, Step } from "../../src/engine/plan";
import { stepStatus, type StepStatus } from "../../src/engine/status";
import { DEFAULT_DUE_WITHIN, dueSoonSteps } from "../../src/engine/summary/due-soon";
import { ESCALATION_RULES, escalatedIds, type EscalationRuleId } from "../../src/engine/summary/escalations";
import type { DateRead } from "../../src/engine/values/dates";
import type { MoneyRead } from "../../src/engine/values/money";
import type { Rag, RagRead } from "../../src/engine/values/rag";
import type { Rule } from "../../src/engine/rules/rule";

/**
 * Small hand-built plans for the rules' tests, laid out as seed 004's sheet (A NO … K Savings
 * RAG) and written as the user typed the cells: "Mar-16", "Complete", "-2,100", "Amber".
 * Building the plan by hand keeps the rules' tests independent of the reader.
 */
export const COL = { id: 1, title: 2, action: 3, update: 4, owner: 5, targetDate: 6, revisedDate: 7, saving: 8, priority: 9, actionRag: 10, savingsRag: 11 } as const;

const HEADERS: Record<number, string> = {
  1: "NO", 2: "WORKSTREAM/ ACTIVITY", 3: "WORKSTREAM DETAILS AND ACTIONS REQUIRED (DELIVERABLES)", 4: "UPDATE", 5: "LEAD",
  6: "TARGET END DATE", 7: "REVISED END DATE", 8: "TARGET SAVING (£K)", 9: "Priority Rating", 10: "Action RAG", 11: "Savings RAG",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * A date cell's read from its text: "Mar-16" (a month, due at its end), "Complete" (done),
 * "Ongoing"/"TBC"/"Termly Review" (no firm date), "?03/04/2016" (ambiguous), "!1916"
 * (implausible), anything else not understood.
 */
export function dateRead(text: string): DateRead {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("?")) return { kind: "unreadable", problem: "ambiguous", text: text.slice(1) };
  if (text.startsWith("!")) return { kind: "unreadable", problem: "implausible", text: text.slice(1) };
  if (/^(complete|completed|achieved)$/i.test(text)) return { kind: "marker", marker: "done", text };
  if (/^(ongoing|tbc|tba|termly review|immediately)$/i.test(text)) return { kind: "marker", marker: "no-firm-date", text };
  const m = /^([A-Za-z]{3})-(\d\d)$/.exec(text);
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  if (!m || month === 0) return { kind: "unreadable", problem: "not-understood", text };
  const year = 2000 + Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { kind: "date", date: iso(year, month, last), start: iso(year, month, 1), precision: "month", text };
}

const RAGS: Record<string, Rag> = { red: "red", amber: "amber", green: "green", blue: "blue" };

/** A RAG cell's read: "Amber" (typed), "fill:red" (only painted), "" (empty), else unreadable. */
export function ragRead(text: string): RagRead {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("fill:")) return { kind: "rag", rag: RAGS[text.slice(5)], from: "fill" };
  const rag = RAGS[text.toLowerCase()];
  return rag ? { kind: "rag", rag, from: "text" } : { kind: "unreadable", text };
}

/** A saving cell's read in seed 004's £k: "-2,100" (a budget reduction), "£48k", "None". */
export function moneyRead(text: string): MoneyRead {
  if (text === "") return { kind: "empty" };
  if (/^none$/i.test(text)) return { kind: "none", text };
  const k = /^(-)?([\d,]+)$/.exec(text) ?? /^£()(\d+)k$/.exec(text);
  if (!k) return { kind: "unreadable", text };
  return { kind: "money", pounds: Number(k[2].replace(/,/g, "")) * 1000, upTo: false, perAnnum: false, writtenNegative: k[1] === "-", text };
}

function at<T>(row: number, col: number, raw: string, read: T): Located<T> {
  return { row, col, raw, read };
}

export interface StepSpec {
  row: number;
  target?: string;
  revised?: string;
  text?: string;
  /** The step's UPDATE cell. */
  update?: string;
  /** Set when the item is Blue or a date cell says Complete; given here to mirror the reader. */
  done?: boolean;
}

export interface ItemSpec {
  id: string | null;
  row: number;
  /** "Workstream <id>" unless given. */
  title?: string;
  owner?: string;
  actionRag?: string;
  savingsRag?: string;
  saving?: string;
  /** Rows where the item-level cells are given, when not on the first row. */
  ragRow?: number;
  steps?: StepSpec[];
  section?: string;
}

function step(spec: StepSpec, blue: boolean): Step {
  const target = spec.target === undefined ? null : at(spec.row, COL.targetDate, spec.target, dateRead(spec.target));
  const revised = spec.revised === undefined ? null : at(spec.row, COL.revisedDate, spec.revised, dateRead(spec.revised));
  const saysDone = [target, revised].some((c) => c?.read.kind === "marker" && c.read.marker === "done");
  return { row: spec.row, text: spec.text ?? "", update: spec.update ?? "", target, revised, done: spec.done ?? (saysDone || blue) };
}

/** Owners as the reader gives them: split on "/", and ".", "-", "TBC" name nobody. */
function ownerValue(text: string) {
  if (/^(\.|-|tbc)$/i.test(text.trim())) return { owners: [], placeholder: true };
  return { owners: text.split("/").map((s) => s.trim()).filter(Boolean), placeholder: false };
}

export function item(spec: ItemSpec): Item {
  const ragRow = spec.ragRow ?? spec.row;
  const actionRag = at(ragRow, COL.actionRag, spec.actionRag ?? "", ragRead(spec.actionRag ?? ""));
  const blue = actionRag.read.kind === "rag" && actionRag.read.rag === "blue";
  const steps = (spec.steps ?? [{ row: spec.row }]).map((s) => step(s, blue));
  return {
    id: spec.id,
    row: spec.row,
    lastRow: steps.length ? steps[steps.length - 1].row : spec.row,
    section: spec.section ?? "OUTCOME 2: RISK IS MANAGED CONFIDENTLY",
    title: spec.title ?? `Workstream ${spec.id ?? ""}`.trim(),
    owner: at(spec.row, COL.owner, spec.owner ?? "", ownerValue(spec.owner ?? "")),
    saving: at(ragRow, COL.saving, spec.saving ?? "", moneyRead(spec.saving ?? "")),
    priority: "High",
    actionRag,
    savingsRag: at(ragRow, COL.savingsRag, spec.savingsRag ?? "", ragRead(spec.savingsRag ?? "")),
    // Seed 004 has no status column.
    status: null,
    financeManager: null,
    steps,
  };
}

export interface PlanSpec {
  items: Item[];
  /** Roles to leave out, e.g. seed 000 has no RAG column. */
  without?: Array<keyof Columns>;
  repeatedHeaderRows?: number[];
  issues?: LogEntry[];
  risks?: LogEntry[];
  boardList?: Array<Pick<BoardListEntry, "id" | "row">> | null;
  /** The header block's "Reporting Date", as "Jun-16" or "Complete" would be typed in a date cell. */
  reportingDate?: string;
  name?: string;
}

export function plan(spec: PlanSpec): PlanSheet {
  const columns: Columns = { ...COL };
  const without = new Set(spec.without ?? []);
  for (const role of without) delete columns[role];
  // The reader gives no cell for a role the sheet has no column for.
  const items = spec.items.map((it) => ({
    ...it,
    owner: without.has("owner") ? null : it.owner,
    saving: without.has("saving") ? null : it.saving,
    actionRag: without.has("actionRag") ? null : it.actionRag,
    savingsRag: without.has("savingsRag") ? null : it.savingsRag,
  }));
  return {
    kind: "plan",
    name: spec.name ?? "LAC Progress Jun-16",
    headerRow: 21,
    columns,
    columnChoices: {},
    headers: HEADERS,
    repeatedHeaders: (spec.repeatedHeaderRows ?? []).map((row) => ({ row, col: 1 })),
    reportingDate: spec.reportingDate === undefined ? null : at(7, 2, spec.reportingDate, dateRead(spec.reportingDate)),
    items,
    issues: spec.issues ?? [],
    risks: spec.risks ?? [],
    strayValues: [],
    boardList: spec.boardList?.map((e) => ({ ...e, rag: "amber" })) ?? null,
    savingUnit: 1000,
  };
}

/** A filled-in row of an Issues or Risks sub-table, its owner in column C as in seed 004. */
export function logEntry(id: string, row: number, text: string, owner: string): LogEntry {
  const named = owner !== "" && !/^(\.|-|tbc)$/i.test(owner);
  return { id, row, section: null, text, owner: named ? owner : null, ownerCell: { col: 3, raw: owner, placeholder: owner !== "" && !named }, action: "" };
}

/** Seed 004's reporting date, the as-of date of its cases. */
export const AS_OF = "2016-06-29";

/**
 * Runs one rule on a plan as the engine does, as of `asOf`, with an escalation rule, beside
 * the earlier version `since` when given (as `--since` would).
 */
export function findingsOf<K extends RuleId>(rule: Rule<K>, sheet: PlanSheet, asOf = AS_OF, escalate: EscalationRuleId = "red-amber-with-saving", since?: PlanSheet): Finding[] {
  const escalation = ESCALATION_RULES[escalate];
  const status = (s: Step): StepStatus => stepStatus(s, asOf);
  const comparison = since ? comparePlans(sheet, "last-month.xlsx", since, escalation) : null;
  const dueSoon = dueSoonSteps(sheet, status, asOf, DEFAULT_DUE_WITHIN);
  return runRule(rule, { plan: sheet, asOf, status, escalation, escalations: escalatedIds(sheet.items, escalation), comparison, dueSoon });
}

/** A rule's test case: the plan, and what the findings must be (empty: must not fire). */
export interface RuleCase {
  name: string;
  plan: PlanSheet;
  asOf?: string;
  /** The earlier version of the plan, for the rules that compare two versions. */
  since?: PlanSheet;
  /** `message`: the words the person keeping the plan reads, when a case pins them down. */
  expected: Array<Partial<Pick<Finding, "cell" | "itemId" | "value" | "severity">> & { params?: object; message?: string }>;
}

/** Runs a table of cases for a rule: each expected finding matched in order, and no others. */
export function describeRule<K extends RuleId>(rule: Rule<K>, cases: RuleCase[]): void {
  describe(rule.id, () => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const found = findingsOf(rule, c.plan, c.asOf, undefined, c.since);
      expect(found).toHaveLength(c.expected.length);
      c.expected.forEach(({ message, ...want }, i) => {
        expect(found[i]).toMatchObject(want);
        if (message !== undefined) expect(messageFor(found[i])).toBe(message);
      });
    });
  });
}
