import type { CheckResult, PlanResult } from "../check";
import type { Finding } from "../findings";
import { address } from "../grid";
import { messageFor } from "../messages";
import { dayText as dayTextOf, plural } from "../words";
import { LEGEND, legendOf } from "./palette";
import type { Highlight, HighlightKind } from "./write-types";

interface Reason {
  kind: HighlightKind;
  text: string;
}

/** Rules whose findings are the same news as the step-status highlights below. */
const STATUS_RULES: Partial<Record<string, HighlightKind>> = { overdue: "overdue", slipped: "slipped" };
const STATUS_KINDS: ReadonlySet<HighlightKind> = new Set(["overdue", "slipped"]);

function findingKind(f: Finding): HighlightKind {
  return STATUS_RULES[f.rule] ?? f.severity;
}

/**
 * Why a slipped or overdue step's date cells are marked. Worked out from the step's status
 * rather than from findings, so a user who turns the overdue or slipped rule off still sees
 * the dates that moved.
 */
function statusReasons(result: PlanResult, asOf: string, add: (row: number, col: number, reason: Reason) => void): void {
  // A plan has a few hundred dates on tens of thousands of steps: each is written out once.
  const days = new Map<string, string>();
  const dayText = (iso: string) => days.get(iso) ?? days.set(iso, dayTextOf(iso)).get(iso)!;
  for (const item of result.plan.items) {
    for (const step of item.steps) {
      const s = result.status(step);
      const { target, revised } = step;
      if (s.slippageDays !== null && s.targetDate && s.revisedDate) {
        const reason: Reason = { kind: "slipped", text: `Slipped ${plural(s.slippageDays, "day")}: the target ${dayText(s.targetDate)} was revised to ${dayText(s.revisedDate)}.` };
        if (target) add(target.row, target.col, reason);
        if (revised) add(revised.row, revised.col, reason);
      }
      if (s.overdueDays !== null && s.dueDate) {
        const reason: Reason = { kind: "overdue", text: `Overdue ${plural(s.overdueDays, "day")}: due ${dayText(s.dueDate)} and not marked done on ${dayText(asOf)} (the as-of date). Mark it done or revise the date.` };
        if (target) add(target.row, target.col, reason);
        if (revised) add(revised.row, revised.col, reason);
      }
    }
  }
}

const rank = (kind: HighlightKind) => LEGEND.findIndex((entry) => entry.kind === kind);

/** A finding of the overdue/slipped rule and the status say the same thing: once is enough. */
const sameNews = (a: Reason, b: Reason) => a.text === b.text || (a.kind === b.kind && STATUS_KINDS.has(b.kind));

/** A reason as a line of its cell's note. */
const noteLine = (reason: Reason) => `${legendOf(reason.kind).label}: ${reason.text}`;

/** One highlight per cell: its fill from the most pressing reason, its note from all of them. */
export function describeHighlights(check: CheckResult): Highlight[] {
  const highlights: Highlight[] = [];
  for (const sheet of check.sheets) {
    if (!sheet.result) continue;
    const byCell = new Map<string, Reason[]>();
    const add = (cell: string, reason: Reason) => {
      const reasons = byCell.get(cell);
      if (!reasons) byCell.set(cell, [reason]);
      else if (!reasons.some((r) => sameNews(r, reason))) reasons.push(reason);
    };
    for (const f of sheet.findings) if (f.cell) add(f.cell, { kind: findingKind(f), text: messageFor(f) });
    statusReasons(sheet.result, check.asOf, (row, col, reason) => add(address(row, col), reason));
    const name = sheet.plan.name;
    for (const [cell, reasons] of byCell) {
      reasons.sort((a, b) => rank(a.kind) - rank(b.kind));
      const kind = reasons[0].kind;
      highlights.push({ sheet: name, cell, kind, fill: legendOf(kind).fill, note: reasons.map(noteLine).join("\n") });
    }
  }
  return highlights;
}
