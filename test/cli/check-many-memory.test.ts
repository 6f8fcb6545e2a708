/**
 * What `check DIR --out` holds while it checks an estate: per plan only the roll-up's rows (its
 * Plans-sheet row and its escalations), never the plan's report, so that memory follows the
 * roll-up, not the plans. Asserted on what reaches the roll-up writer, not on memory figures.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RollupLine } from "../../src/engine";
import { captureIo } from "./capture-io";
import { removeWhenDone } from "../fixtures/temp-folder";

const held: RollupLine[][] = [];
// The CLI is imported after this (in beforeAll), so that it takes the roll-up writer that records.
jest.mock("../../src/cli/write-rollup", () => ({
  ...jest.requireActual("../../src/cli/write-rollup"),
  writeRollup: async (lines: RollupLine[]) => void held.push(lines),
}));

const EXAMPLES = path.resolve(__dirname, "../../examples");
const PLANS = ["lac-progress-2016.xlsx", "service-pressures.xlsx", "placement-orders.xlsx"];
const COPIES = 2;

/** A plan's row on the Plans sheet: counts, dates and savings, nothing of the plan's items. */
const PLAN_ROW = ["asOf", "changes", "dueSoon", "errors", "escalations", "file", "items", "kind", "overdue", "rule", "savingByRag", "sheet", "slipped"];
/** An escalation's row on the Escalations sheet. */
const ESCALATION_ROW = ["actionRag", "cell", "id", "owners", "saving", "savingsRag", "title", "why"];

const isPrimitive = (value: unknown) => value === null || ["string", "number"].includes(typeof value);

let stdout: string;

const made: string[] = [];
removeWhenDone(() => made);

// Setup, not a test: a worker thread starts and checks six workbooks.
beforeAll(async () => {
  const estate = mkdtempSync(path.join(tmpdir(), "action-plan-held-"));
  made.push(estate);
  for (let copy = 0; copy < COPIES; copy++) {
    const folder = path.join(estate, `service-${copy}`);
    mkdirSync(folder);
    for (const plan of PLANS) copyFileSync(path.join(EXAMPLES, plan), path.join(folder, plan));
  }
  const { main } = await import("../../src/cli/main");
  const io = captureIo("2016-09-30");
  await main(["check", estate, "--json", "--jobs", "1", "--out", path.join(estate, "rollup.xlsx")], io);
  stdout = io.stdout;
}, 120_000);

describe("check DIR --out: what is held per plan until the roll-up is written", () => {
  it("is each plan's row and its escalations' rows, one set per plan sheet", () => {
    expect(held).toHaveLength(1);
    const [lines] = held;
    const reports = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { sheets: { kind: string }[] });
    const planSheets = reports.reduce((n, report) => n + report.sheets.filter((sheet) => sheet.kind === "plan").length, 0);
    expect(lines.filter((line) => line.kind === "plan")).toHaveLength(planSheets);
    expect(new Set(lines.map((line) => line.file)).size).toBe(PLANS.length * COPIES);
  });

  it("holds no report, item, step or finding of a plan: only counts, words and the rows the roll-up shows", () => {
    const plans = held[0].flatMap((line) => (line.kind === "plan" ? [line] : []));
    for (const plan of plans) {
      expect(Object.keys(plan).sort()).toEqual(PLAN_ROW);
      for (const [key, value] of Object.entries(plan)) {
        if (key === "savingByRag") expect(Object.values(value as object).every((v) => typeof v === "number")).toBe(true);
        else if (key !== "escalations") expect(isPrimitive(value)).toBe(true);
      }
      for (const escalation of plan.escalations) {
        expect(Object.keys(escalation).sort()).toEqual(ESCALATION_ROW);
        expect(escalation.owners.every((owner) => typeof owner === "string")).toBe(true);
        expect(Object.entries(escalation).every(([key, value]) => key === "owners" || isPrimitive(value))).toBe(true);
      }
    }
    expect(plans.some((plan) => plan.escalations.length > 0)).toBe(true);
  });

  it("holds an escalation for each item the report sends to the board, and nothing for the items that are not", () => {
    const reports = stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { file: string; sheets: { kind: string; name: string; items?: unknown[]; escalations?: unknown[] }[] });
    for (const report of reports) {
      for (const sheet of report.sheets.filter((s) => s.kind === "plan")) {
        const line = held[0].find((l) => l.kind === "plan" && l.file === report.file && l.sheet === sheet.name);
        expect(line?.kind === "plan" && line.escalations.length).toBe(sheet.escalations?.length);
        expect(line?.kind === "plan" && line.items).toBe(sheet.items?.length);
      }
    }
  });
});
