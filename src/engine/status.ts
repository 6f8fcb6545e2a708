import type { Located, Step } from "./plan";
import type { DateRead } from "./values/dates";

/** Whole days from a to b (YYYY-MM-DD), positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((millisOf(b) - millisOf(a)) / 86_400_000);
}

/** Midnight UTC of each day asked about: a plan asks about the same few hundred days again and again. */
const millis = new Map<string, number>();

function millisOf(day: string): number {
  let found = millis.get(day);
  if (found === undefined) {
    found = Date.parse(`${day}T00:00:00Z`);
    millis.set(day, found);
  }
  return found;
}

/**
 * "TBC" promises a date that was never given, whereas "Ongoing" or "Termly Review" says the
 * action has no deadline by its nature: only the first is a missing date.
 */
const TO_BE_CONFIRMED = /^(tbc|tba|tbd|t\.b\.[cad]\.?|to be (confirmed|agreed|arranged|decided))\.?$/i;

/** What a date cell says when it is not a date: done, no firm date by nature, or a date still to come. */
export type DateMarker = "done" | "no-firm-date" | "to-be-confirmed";

export function markerOf(read: DateRead | undefined): DateMarker | null {
  if (read?.kind !== "marker") return null;
  if (read.marker === "done") return "done";
  return TO_BE_CONFIRMED.test(read.text.trim()) ? "to-be-confirmed" : "no-firm-date";
}

export function dateOf(cell: Located<DateRead> | null): string | null {
  return cell?.read.kind === "date" ? cell.read.date : null;
}

export interface StepStatus {
  targetDate: string | null;
  revisedDate: string | null;
  /** The date the step is now due: the revised date if there is one, else the target. */
  dueDate: string | null;
  /** Days the revised date moved the deadline out; null unless it moved later. */
  slippageDays: number | null;
  /** Days past due at the as-of date, for a step not done; null when not overdue. */
  overdueDays: number | null;
  /** The revised date is earlier than the target: the columns are likely swapped. */
  revisedBeforeTarget: boolean;
}

export type StepDates = Omit<StepStatus, "overdueDays">;

/** A step's deadlines, which hold whatever the as-of date: what two versions of a plan compare. */
export function stepDates(step: Step): StepDates {
  const targetDate = dateOf(step.target);
  const revisedDate = dateOf(step.revised);
  const shift = targetDate && revisedDate ? daysBetween(targetDate, revisedDate) : null;
  const revisedBeforeTarget = shift !== null && shift < 0;
  // A revised date before its target is a finding, not a new deadline we can trust: the
  // later of the two stays due, so nothing is called on time because of a typing slip.
  const dueDate = revisedBeforeTarget ? targetDate : (revisedDate ?? targetDate);
  return { targetDate, revisedDate, dueDate, slippageDays: shift !== null && shift > 0 ? shift : null, revisedBeforeTarget };
}

/** The cell the step's deadline is read from: its revised date's, unless that is before the target (see stepDates); null when it has no date. */
export function dueCellOf(step: Step, dates: StepDates = stepDates(step)): Located<DateRead> | null {
  if (dates.dueDate === null) return null;
  return dates.revisedDate !== null && !dates.revisedBeforeTarget ? step.revised : step.target;
}

/** What a step's dates mean on the as-of date (spec section 4). */
export function stepStatus(step: Step, asOf: string): StepStatus {
  const dates = stepDates(step);
  const late = dates.dueDate && !step.done ? daysBetween(dates.dueDate, asOf) : 0;
  const { targetDate, revisedDate, dueDate, slippageDays, revisedBeforeTarget } = dates;
  return { targetDate, revisedDate, dueDate, slippageDays, revisedBeforeTarget, overdueDays: late > 0 ? late : null };
}
