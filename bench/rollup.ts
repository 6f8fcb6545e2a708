/**
 * The roll-up figure of `npm run bench`: `check DIR --out ROLLUP.xlsx` over an estate of
 * generated plans of 100–2,000 rows in four layouts, on two worker threads against one (one
 * worker checks the files one after another: the single-file times summed, without a process
 * start each), and the run's peak memory, worker threads included.
 *
 * Alone: `npx tsx bench/rollup.ts [PLANS]` (500 by default) builds the CLI and prints the figures.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { generatePlan } from "./generate";
import { runNode } from "./measure";

const ROOT = path.resolve(__dirname, "..");
const CLI = "bin/action-plan.js";
const HEADER_ROW = 12;

type Report = (measure: string, figure: string, goal?: string, pass?: boolean | null) => void;

/**
 * The generated plan (seed 004's shape) in one of four layouts, so the estate is not one
 * layout repeated: as generated; without the header block (no reporting date); with other
 * column names; without the savings columns.
 */
function inLayout(workbook: ExcelJS.Workbook, layout: number): ExcelJS.Workbook {
  const ws = workbook.worksheets[0];
  if (layout === 1) ws.spliceRows(1, HEADER_ROW - 1);
  if (layout === 2) {
    const header = ws.getRow(HEADER_ROW);
    [[2, "Action"], [3, "Steps"], [5, "Owner"], [6, "Due date"], [7, "Revised due date"], [10, "RAG status"]].forEach(([col, name]) => (header.getCell(col as number).value = name));
  }
  if (layout === 3) {
    ws.spliceColumns(11, 1);
    ws.spliceColumns(8, 1);
  }
  return workbook;
}

/** Plan i's length: spread over 100–2,000 rows, the same every run. */
const rowsOf = (i: number) => 100 + ((i * 7919) % 1901);

async function writeEstate(dir: string, plans: number): Promise<number> {
  let rows = 0;
  for (let i = 0; i < plans; i++) {
    // Folders of 50, as a directorate keeps one per service.
    const folder = path.join(dir, `service-${String(Math.floor(i / 50)).padStart(2, "0")}`);
    fs.mkdirSync(folder, { recursive: true });
    rows += rowsOf(i);
    await inLayout(generatePlan(rowsOf(i)), i % 4).xlsx.writeFile(path.join(folder, `plan-${String(i).padStart(3, "0")}.xlsx`));
  }
  return rows;
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Measures the roll-up of `plans` generated plans and reports its figures. */
export async function rollupFigures(report: Report, plans = 500): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-bench-rollup-"));
  try {
    const estate = path.join(dir, "estate");
    const rows = await writeEstate(estate, plans);
    const check = (jobs: number) => runNode([CLI, "check", estate, "--jobs", String(jobs), "--out", path.join(dir, `rollup-${jobs}.xlsx`)], ROOT);
    const one = check(1);
    const two = check(2);
    const gain = one.ms / two.ms;
    const what = `${fmt(plans)} plans, ${fmt(rows)} rows`;
    report(`roll-up: check DIR --out, 2 workers ÷ 1 (${what})`, `${fmt(gain, 2)}× (${fmt(two.ms / 1000, 1)} s / ${fmt(one.ms / 1000, 1)} s)`, "≥ 1.5× on 2 cores", gain >= 1.5);
    const peak = Math.max(one.maxRssMb, two.maxRssMb);
    report(`roll-up: peak memory (max RSS), 2 workers (${what})`, `${fmt(two.maxRssMb)} MB (1 worker ${fmt(one.maxRssMb)} MB)`, "≤ 500 MB", peak <= 500);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const plans = Number(process.argv[2] ?? 500);
  const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the CLI does not build:\n${build.stdout}`);
  rollupFigures((measure, figure, goal = "", pass = null) => console.log(`${measure.padEnd(64)} ${figure.padEnd(34)} ${goal.padEnd(18)} ${pass === null ? "" : pass ? "pass" : "MISS"}`), plans).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
