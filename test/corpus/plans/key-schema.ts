import { z } from "zod";

/**
 * What a careful reader sees in a corpus plan, written by hand before the checker was run on
 * it. Dates are the day a deadline falls due (a month means its last day); null where the
 * cell holds no firm date. A field left out of an item is not scored for that item.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rag = z.enum(["blue", "green", "amber", "red"]);
const cell = z.string().regex(/^[A-Z]{1,3}\d+$/);

export const StepKeySchema = z.object({
  row: z.number().int().positive(),
  target: isoDate.nullable().optional(),
  revised: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});

export const ItemKeySchema = z.object({
  row: z.number().int().positive(),
  id: z.string().nullable(),
  owners: z.array(z.string()).optional(),
  target: isoDate.nullable().optional(),
  revised: isoDate.nullable().optional(),
  done: z.boolean().optional(),
  /** The Action RAG; null when the plan gives none (a status column is not a RAG). */
  rag: rag.nullable().optional(),
  /** The status words' meaning, apart from any RAG. */
  status: z.enum(["complete", "closed", "cancelled", "ongoing", "in progress", "not started", "paused", "overdue", "open", "not due"]).nullable().optional(),
  saving: z.number().nullable().optional(),
  savingsRag: rag.nullable().optional(),
  /** For items of several rows: each row's own dates. */
  steps: z.array(StepKeySchema).optional(),
});

export const FindingKeySchema = z.object({
  rule: z.string(),
  /** A1 address; omitted for a finding about the whole sheet. */
  cell: cell.optional(),
  why: z.string(),
});

export const NotItemSchema = z.object({
  row: z.number().int().positive(),
  kind: z.enum(["title", "header", "key", "legend", "notes", "template", "section", "repeated-header", "lone-number", "sub-table", "footer", "board-list"]),
  note: z.string().optional(),
});

export const SheetKeySchema = z.object({
  name: z.string(),
  /** False for a sheet that holds no action table (a cover, a prose page). */
  plan: z.boolean(),
  items: z.array(ItemKeySchema).default([]),
  sections: z.array(z.object({ row: z.number().int().positive(), text: z.string() })).default([]),
  notItems: z.array(NotItemSchema).default([]),
  /** Errors and warnings a careful reader raises. */
  findings: z.array(FindingKeySchema).default([]),
  /** Findings a careful reader could defend either way: neither false nor missed. */
  tolerated: z.array(FindingKeySchema).default([]),
});

export const PlanKeySchema = z.object({
  source: z.object({
    title: z.string(),
    publisher: z.string(),
    url: z.string().url(),
    date: z.string(),
    /** How the workbook was rebuilt from the source, and what was made up to fill it. */
    note: z.string(),
  }),
  kind: z.enum(["nhs-board", "nhs-committee", "cqc", "council-scrutiny", "council-audit", "internal-audit", "school", "police", "fire", "housing", "charity", "outside-uk", "council-improvement"]),
  /** The day the plan is read on: its meeting or reporting date. */
  asOf: isoDate,
  locale: z.string().nullable().default("en-GB"),
  sheets: z.array(SheetKeySchema).min(1),
});

export type PlanKey = z.infer<typeof PlanKeySchema>;
export type SheetKey = z.infer<typeof SheetKeySchema>;
export type ItemKey = z.infer<typeof ItemKeySchema>;
export type FindingKey = z.infer<typeof FindingKeySchema>;
