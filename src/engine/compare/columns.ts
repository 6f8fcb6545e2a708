import type { PlanSheet, Role } from "../plan";
import { textKey } from "./match-items";

/** A role whose column is not where, or not headed as, it was in the earlier version. */
export interface ColumnDifference {
  role: Role;
  /** 1-based column in this version; null when this version has no such column. */
  col: number | null;
  header: string | null;
  sinceCol: number | null;
  sinceHeader: string | null;
}


function headerOf(plan: PlanSheet, col: number | undefined): string | null {
  return col === undefined ? null : (plan.headers[col] ?? null);
}

/**
 * Where the two versions' columns differ. Both are read by role (owner, target date, …),
 * so a column moved or renamed is still compared; a role only one version has is not.
 */
export function columnDifferences(plan: PlanSheet, since: PlanSheet): ColumnDifference[] {
  const roles = new Set([...Object.keys(plan.columns), ...Object.keys(since.columns)] as Role[]);
  return [...roles].flatMap((role): ColumnDifference[] => {
    const col = plan.columns[role];
    const sinceCol = since.columns[role];
    const header = headerOf(plan, col);
    const sinceHeader = headerOf(since, sinceCol);
    if (col === sinceCol && textKey(header) === textKey(sinceHeader)) return [];
    return [{ role, col: col ?? null, header, sinceCol: sinceCol ?? null, sinceHeader }];
  });
}

/** The roles both versions have a column for: the only ones whose values can be compared. */
export function sharedRoles(plan: PlanSheet, since: PlanSheet): Set<Role> {
  return new Set((Object.keys(plan.columns) as Role[]).filter((role) => since.columns[role] !== undefined));
}
