import { readFileSync } from "node:fs";
import path from "node:path";
import { readGrids } from "../../src/adapters/xlsx";
import { checkWorkbook, toReport, type Report } from "../../src/engine";
import { fieldAccuracy, precision, recall, scorePlan } from "../../scripts/accuracy-score";
import { buildWorkbook, corpusPlans, readDefinition, readKey, type CorpusPlan } from "./plans/corpus";
import type { CellSpec } from "./plans/define";
import type { PlanKey } from "./plans/key-schema";

const plans = corpusPlans();

async function gridsOf(data: Buffer) {
  return readGrids(data).grids;
}

function specText(spec: CellSpec): string {
  if (spec === null) return "";
  if (typeof spec === "string" || typeof spec === "number") return String(spec);
  if (spec.kind === "date") return spec.iso;
  return specText(spec.value);
}

describe("the corpus of public plans", () => {
  it("holds at least 25 plans, 5 of them held out", () => {
    expect(plans.length).toBeGreaterThanOrEqual(25);
    expect(plans.filter((p) => p.heldOut)).toHaveLength(5);
  });

  it.each(plans.map((p) => [p.slug, p] as [string, CorpusPlan]))("%s: its key parses and names rows of its definition", async (_slug, plan) => {
    const key = readKey(plan);
    const definition = await readDefinition(plan);
    for (const sheetKey of key.sheets) {
      const sheet = definition.sheets.find((s) => s.name === sheetKey.name);
      expect(sheet).toBeDefined();
      for (const item of sheetKey.items) {
        const cells = (sheet!.rows[item.row - 1] ?? []).map(specText);
        expect(cells.some((text) => text.trim() !== "")).toBe(true);
        if (item.id !== null) expect(cells.some((text) => text.startsWith(item.id!))).toBe(true);
      }
    }
  });

  it.each(plans.map((p) => [p.slug, p] as [string, CorpusPlan]))("%s: the committed workbook matches its definition", async (_slug, plan) => {
    const built = Buffer.from(await buildWorkbook(await readDefinition(plan)).xlsx.writeBuffer());
    expect(await gridsOf(readFileSync(plan.workbookPath))).toEqual(await gridsOf(built));
  });
});

type ReportStatus = NonNullable<Report["sheets"][number] & { kind: "plan" }>["items"][number]["status"];

/** The key's status word as the report spells it (the scorer compares them by meaning). */
function reportStatus(status: string | null | undefined): ReportStatus {
  if (status === undefined || status === null) return status;
  const spelt: Record<string, ReportStatus> = { ongoing: "in-progress", "in progress": "in-progress", "not started": "not-started", "not due": "open" };
  return spelt[status] ?? (status as ReportStatus);
}

/** The report a perfect reader would give: the key itself, in the report's shape. */
function perfectReport(key: PlanKey): Report {
  return {
    file: "plan.xlsx", asOf: key.asOf, asOfSource: "option", rule: "", locale: key.locale,
    sheets: key.sheets.map((s) => ({
      name: s.name, kind: "plan" as const, headerRow: null, columns: {}, reportingDate: null, escalations: [], boardList: null, issues: [], risks: [],
      totals: { saving: 0, savingByRag: {}, savingBySection: {}, savingByOwner: {}, savingByFinanceManager: {}, itemsByActionRag: {}, slippedSteps: 0, overdueSteps: 0 },
      findings: s.findings.map((f) => ({ rule: f.rule, severity: "warning" as const, sheet: s.name, cell: f.cell ?? null, message: f.why, itemId: null, value: null })),
      items: s.items.map((i) => ({
        id: i.id, row: i.row, section: null, title: "", owners: i.owners ?? [], actionRag: i.rag ?? null, savingsRag: i.savingsRag ?? null,
        saving: i.saving ?? null, savingUpTo: false, savingPerAnnum: false, priority: null, financeManager: null, status: reportStatus(i.status),
        steps: (i.steps ?? [{ row: i.row, target: i.target, revised: i.revised, done: i.done }]).map((st) => ({
          row: st.row, text: "", targetDate: st.target ?? null, revisedDate: st.revised ?? null, targetText: null, revisedText: null,
          targetMarker: null, revisedMarker: null, done: st.done ?? i.done ?? false, slippageDays: null, overdueDays: null, dueCell: null,
        })),
      })),
    })),
  };
}

describe("the accuracy score", () => {
  const plan = plans.find((p) => p.slug === "hull-board-action-tracking")!;
  const key = readKey(plan);

  it("gives a perfect reader full marks", () => {
    const score = scorePlan(plan.slug, false, key, perfectReport(key));
    expect([precision(score), recall(score)]).toEqual([1, 1]);
    const fields = fieldAccuracy(score);
    expect(fields.right).toBe(fields.total);
    expect(fields.total).toBeGreaterThan(40);
    expect([score.falseErrors, score.falseWarnings, score.missedFindings]).toEqual([[], [], []]);
  });

  it("counts an error a careful reader would not raise, and a finding the reader missed", () => {
    const vale = plans.find((p) => p.slug === "vale-scrutiny-tracking")!;
    const valeKey = readKey(vale);
    const report = perfectReport(valeKey);
    const sheet = report.sheets[0];
    if (sheet.kind !== "plan") throw new Error("not a plan");
    sheet.findings = [
      ...sheet.findings.filter((f) => f.cell !== "E14"),
      { rule: "rag-not-understood", severity: "error", sheet: sheet.name, cell: "G7", message: "'Ongoing' is not a RAG", itemId: "355", value: "Ongoing" },
      { rule: "header-repeated", severity: "info", sheet: sheet.name, cell: "A12", message: "", itemId: null, value: null },
    ];
    const score = scorePlan(vale.slug, false, valeKey, report);
    expect(score.falseErrors.map((f) => [f.rule, f.cell])).toEqual([["rag-not-understood", "G7"]]);
    expect(score.falseWarnings).toEqual([]);
    expect(score.missedFindings.map((f) => [f.rule, f.cell])).toEqual([["overdue", "E14"]]);
  });

  it("scores the engine on a small plan with figures that add up", async () => {
    const result = checkWorkbook(await gridsOf(readFileSync(plan.workbookPath)), { asOf: key.asOf, today: key.asOf, locale: key.locale });
    const score = scorePlan(plan.slug, false, key, toReport(result, path.basename(plan.workbookPath)));
    expect(score.keyItems).toBe(11);
    expect(score.matchedItems).toBeLessThanOrEqual(Math.min(score.foundItems, score.keyItems));
    const fields = fieldAccuracy(score);
    expect(fields.right).toBeLessThanOrEqual(fields.total);
    expect(fields.total).toBeGreaterThan(0);
  });
});
