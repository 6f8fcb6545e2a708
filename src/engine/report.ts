import { z } from "zod";
import { lazySchema } from "./lazy-schema";

/**
 * The JSON report of `action-plan check --json` (docs/cli-and-report.md): a
 * contract other tools read. Fields may be added, never renamed or removed.
 */
const isoDate = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const rag = lazySchema(() => z.enum(["blue", "green", "amber", "red"]).nullable());
const dateMarker = lazySchema(() => z.enum(["done", "no-firm-date", "to-be-confirmed"]));

export const StepReportSchema = lazySchema(() =>
  z.object({
    row: z.number().int(),
    text: z.string(),
    targetDate: isoDate.nullable(),
    revisedDate: isoDate.nullable(),
    /** The date cells' words as the user wrote them ("Mar-16", "TBC", "Ongoing"); null when blank. */
    targetText: z.string().nullable(),
    revisedText: z.string().nullable(),
    /**
     * What a date cell says when it holds no date: "done" (Complete, Achieved), "no-firm-date"
     * (Ongoing, Termly Review: no deadline by nature) or "to-be-confirmed" (TBC: a date still owed).
     */
    targetMarker: dateMarker.nullable(),
    revisedMarker: dateMarker.nullable(),
    done: z.boolean(),
    slippageDays: z.number().int().nullable(),
    overdueDays: z.number().int().nullable(),
    /**
     * The cell the step's deadline is read from ("G72"): the revised date's, or the target's when
     * there is no revised date or it is before the target; null when the step has no date.
     * Defaults to null so that reports written before it existed still roll up.
     */
    dueCell: z.string().nullable().default(null),
  }),
);

export const ItemReportSchema = lazySchema(() =>
  z.object({
    id: z.string().nullable(),
    row: z.number().int(),
    section: z.string().nullable(),
    title: z.string(),
    owners: z.array(z.string()),
    actionRag: rag,
    savingsRag: rag,
    /** Pounds, positive; null when no saving is given; 0 for "None". */
    saving: z.number().nullable(),
    savingUpTo: z.boolean(),
    savingPerAnnum: z.boolean(),
    priority: z.string().nullable(),
    financeManager: z.string().nullable(),
    /**
     * From a status column, as a word: complete, closed, in-progress, not-started, paused,
     * overdue, open, cancelled; null when the cell is blank or says something else. Absent
     * when the sheet has no status column.
     */
    status: z.enum(["complete", "closed", "in-progress", "not-started", "paused", "overdue", "open", "cancelled"]).nullable().optional(),
    steps: z.array(StepReportSchema),
  }),
);

export const LogEntrySchema = lazySchema(() =>
  z.object({
    id: z.string(),
    row: z.number().int(),
    section: z.string().nullable(),
    text: z.string(),
    /** null when the sub-table names nobody (empty, ".", "TBC"). */
    owner: z.string().nullable(),
    action: z.string(),
  }),
);

export const FindingReportSchema = lazySchema(() =>
  z.object({
    rule: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    sheet: z.string(),
    cell: z.string().nullable(),
    message: z.string(),
    itemId: z.string().nullable(),
    value: z.string().nullable(),
  }),
);

export const TotalsSchema = lazySchema(() =>
  z.object({
    saving: z.number(),
    savingByRag: z.record(z.string(), z.number()),
    savingBySection: z.record(z.string(), z.number()),
    savingByOwner: z.record(z.string(), z.number()),
    savingByFinanceManager: z.record(z.string(), z.number()),
    itemsByActionRag: z.record(z.string(), z.number()),
    slippedSteps: z.number().int(),
    overdueSteps: z.number().int(),
  }),
);

const CHANGE_KINDS = ["rag", "savings-rag", "target", "revised", "done", "owner", "saving", "added", "removed", "renumbered", "escalated", "no-longer-escalated"] as const;

/** One thing that moved since the earlier version (`--since`). */
export const ChangeReportSchema = lazySchema(() =>
  z.object({
    /** The item's id in this version; for "removed", in the earlier one. */
    id: z.string().nullable(),
    kind: z.enum(CHANGE_KINDS),
    /** The item's row in this version; null for "removed". */
    row: z.number().int().nullable(),
    /** The item's row in the earlier version; null for "added". */
    sinceRow: z.number().int().nullable(),
    /** The row of the step a "target", "revised" or "done" change belongs to. */
    step: z.number().int().nullable(),
    /**
     * Before and now, as the report gives them elsewhere: RAG words, ISO dates, pounds, owner
     * lists, done as true/false, ids for "renumbered"; null for added, removed and escalations.
     */
    from: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).nullable(),
    to: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).nullable(),
    /** How far the deadline moved: a target's own move, or the due date's for "revised"; later is positive. */
    days: z.number().int().nullable(),
    /** When the deadline moved later: the times it has moved later across the two versions. */
    extensions: z.number().int().nullable(),
    /** For a RAG change: "worse" (towards Red) or "better" (towards Blue). */
    direction: z.enum(["worse", "better"]).nullable(),
  }),
);

/** The earlier version a sheet was compared with, and where its columns differ from this one's. */
export const SinceReportSchema = lazySchema(() =>
  z.object({
    file: z.string(),
    sheet: z.string(),
    /** The earlier version's own reporting date; null when it gives none. */
    asOf: isoDate.nullable(),
    /** Columns found by role in both versions but not at the same letter or under the same words. */
    columns: z.array(
      z.object({ role: z.string(), column: z.string().nullable(), header: z.string().nullable(), sinceColumn: z.string().nullable(), sinceHeader: z.string().nullable() }),
    ),
  }),
);

/** A step not done whose deadline falls within `--due-within` days after the as-of date. */
export const DueSoonReportSchema = lazySchema(() =>
  z.object({
    id: z.string().nullable(),
    /** The step's row. */
    row: z.number().int(),
    /** The step's deadline: its revised date when it has one, else its target. */
    targetDate: isoDate,
    daysLeft: z.number().int(),
    /** The cell the deadline was read from. */
    cell: z.string(),
    text: z.string(),
    owners: z.array(z.string()),
  }),
);

export const PlanSheetReportSchema = lazySchema(() =>
  z.object({
    name: z.string(),
    kind: z.literal("plan"),
    headerRow: z.number().int().nullable(),
    columns: z.record(z.string(), z.string()),
    /**
     * For each role, the column taken and the runner-up (column letters), from the header's
     * words and what the columns hold: `{ owner: { taken: "E", runnerUp: "F" } }`.
     */
    columnChoices: z.record(z.string(), z.object({ taken: z.string(), runnerUp: z.string().nullable() })).optional(),
    reportingDate: isoDate.nullable(),
    items: z.array(ItemReportSchema),
    escalations: z.array(z.string()),
    /** Ids in the sheet's own hand-made board list, when it has one (seed 004). */
    boardList: z.array(z.string()).nullable(),
    issues: z.array(LogEntrySchema),
    risks: z.array(LogEntrySchema),
    findings: z.array(FindingReportSchema),
    totals: TotalsSchema,
    /**
     * The next three are always written; optional so that a report made before they existed
     * still parses. `since` is null and `changes` empty when the check had no `--since`.
     */
    since: SinceReportSchema.nullable().optional(),
    changes: z.array(ChangeReportSchema).optional(),
    dueSoon: z.array(DueSoonReportSchema).optional(),
  }),
);

export const NotAPlanReportSchema = lazySchema(() =>
  z.object({
    name: z.string(),
    kind: z.literal("not-a-plan"),
    reason: z.string(),
    findings: z.array(FindingReportSchema),
  }),
);

export const SheetReportSchema = lazySchema(() => z.discriminatedUnion("kind", [PlanSheetReportSchema, NotAPlanReportSchema]));

export const ReportSchema = lazySchema(() =>
  z.object({
    file: z.string(),
    asOf: isoDate,
    asOfSource: z.enum(["option", "sheet", "today"]),
    rule: z.string(),
    locale: z.string().nullable(),
    /** `--due-within`: the days after the as-of date a step's deadline counts as due soon. */
    dueWithin: z.number().int().optional(),
    sheets: z.array(SheetReportSchema),
  }),
);

export type Report = z.infer<typeof ReportSchema>;
export type SheetReport = z.infer<typeof SheetReportSchema>;
export type PlanSheetReport = z.infer<typeof PlanSheetReportSchema>;
export type ItemReport = z.infer<typeof ItemReportSchema>;
export type LogEntryReport = z.infer<typeof LogEntrySchema>;
export type StepReport = z.infer<typeof StepReportSchema>;
export type FindingReport = z.infer<typeof FindingReportSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type ChangeReport = z.infer<typeof ChangeReportSchema>;
export type DueSoonReport = z.infer<typeof DueSoonReportSchema>;
export type SinceReport = z.infer<typeof SinceReportSchema>;

/**
 * A line of `check DIR --json` (JSON Lines) for a workbook that could not be read: its file
 * and one sentence saying why and what to do.
 */
export const FileErrorReportSchema = lazySchema(() => z.object({ file: z.string(), error: z.string() }));
export type FileErrorReport = z.infer<typeof FileErrorReportSchema>;
