/**
 * The roll-up figure of `npm run bench`: `check DIR --out ROLLUP.xlsx` over an estate of
 * generated plans of 100–2,000 rows in four layouts, on two worker threads and on one, against
 * the sum of checking each plan in a process of its own (the gain from workers), and the run's
 * peak memory, worker threads included (they live in the one process).
 *
 * Alone: `npx tsx bench/rollup.ts [PLANS]` (500 by default) builds the CLI, prints the figures
 * and writes them, with the machine and its load, to bench/RESULTS-rollup.md.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { generatePlan } from "./generate";
import { machine, runNode, type ProcessRun } from "./measure";

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

export async function writeEstate(dir: string, plans: number): Promise<number> {
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

/** A measured run with the 1-minute load average at its start and end (the machine is shared). */
interface LoadedRun extends ProcessRun {
  load: [number, number];
}

function loaded(run: () => ProcessRun): LoadedRun {
  const before = os.loadavg()[0];
  const result = run();
  return { ...result, load: [before, os.loadavg()[0]] };
}

/** The single-file runs summed: the baseline, with when it was measured and whether this run reused it. */
interface Baseline {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  load: [number, number];
  measuredAt: string;
  reused?: boolean;
}

/**
 * What the baseline depends on: the built CLI, the estate's generator, how a run is measured and the number of plans.
 * Any change to them is measured afresh; an unchanged build and estate reuse the last figure.
 */
function baselineKey(plans: number): string {
  const hash = createHash("sha256").update(String(plans));
  const built = path.join(ROOT, "dist/node");
  const files = fs.readdirSync(built, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js")).sort();
  for (const file of [...files.map((f) => path.join(built, f)), path.join(__dirname, "generate.ts"), path.join(__dirname, "measure.ts"), __filename]) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Spawns `check FILE --json` for every plan, one after another: what checking them singly
 * costs. Five hundred processes take a quarter of an hour on a busy machine, so the sum is
 * kept beside the temporary files and reused while the build and the estate are the same.
 */
function singleFileRuns(estate: string, plans: number): Baseline {
  const cache = path.join(os.tmpdir(), `action-plan-bench-rollup-baseline-${baselineKey(plans)}.json`);
  if (fs.existsSync(cache)) return { ...(JSON.parse(fs.readFileSync(cache, "utf8")) as Baseline), reused: true };
  const files = fs.readdirSync(estate, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".xlsx")).sort();
  const before = os.loadavg()[0];
  const sum: Baseline = { ms: 0, cpuMs: 0, maxRssMb: 0, files: files.length, load: [before, before], measuredAt: new Date().toISOString().slice(0, 16).replace("T", " ") };
  for (const file of files) {
    const run = runNode([CLI, "check", path.join(estate, file), "--json"], ROOT);
    sum.ms += run.ms;
    sum.cpuMs += run.cpuMs ?? NaN;
    sum.maxRssMb = Math.max(sum.maxRssMb, run.maxRssMb);
  }
  sum.load[1] = os.loadavg()[0];
  fs.writeFileSync(cache, JSON.stringify(sum));
  return sum;
}

const loadText = (run: { load: [number, number] }) => `load ${fmt(run.load[0], 1)}→${fmt(run.load[1], 1)}`;

/**
 * Measures the roll-up of `plans` generated plans and reports its figures: `check DIR --out` on
 * two workers and on one against the sum of the single-file runs (each a process of its own,
 * as a script looping over the files would run them), in wall time and in CPU time (user +
 * sys, steadier on a shared machine), and the peak memory on the first folder of 50 plans
 * against the whole estate, so that memory growing with the number of files shows.
 */
export async function rollupFigures(report: Report, plans = 500): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-bench-rollup-"));
  try {
    const estate = path.join(dir, "estate");
    const rows = await writeEstate(estate, plans);
    const check = (folder: string, jobs: number) => loaded(() => runNode([CLI, "check", folder, "--jobs", String(jobs), "--out", path.join(dir, `rollup-${jobs}.xlsx`)], ROOT));
    const single = singleFileRuns(estate, plans);
    const two = check(estate, 2);
    const one = check(estate, 1);
    const what = `${fmt(plans)} plans, ${fmt(rows)} rows`;
    const s = (ms: number) => `${fmt(ms / 1000, 1)} s`;
    const baseline = `${fmt(single.files)} single-file runs${single.reused ? `, measured ${single.measuredAt} UTC on this build and estate` : ""}, ${loadText(single)}`;
    report(`roll-up: the single-file runs summed, one process per plan (${what})`, `${s(single.ms)} wall, ${s(single.cpuMs)} CPU (${baseline})`);
    const gain = single.ms / two.ms;
    report(`roll-up: check DIR --out --jobs 2 against the single-file runs summed, wall (${what})`, `${fmt(gain, 2)}× faster (${s(two.ms)} against ${s(single.ms)}; ${loadText(two)})`, "≥ 1.5× on 2 cores", gain >= 1.5);
    report(`roll-up: check DIR --out --jobs 1 against the single-file runs summed, wall (${what})`, `${fmt(single.ms / one.ms, 2)}× faster (${s(one.ms)} against ${s(single.ms)}; ${loadText(one)})`);
    report(`roll-up: CPU time (user + sys) of check DIR --out against the single-file runs summed (${what})`, `${s(two.cpuMs ?? NaN)} on 2 workers, ${s(one.cpuMs ?? NaN)} on 1, against ${s(single.cpuMs)}`);
    report(`roll-up: 2 workers ÷ 1, wall (${what})`, `${fmt(one.ms / two.ms, 2)}× (${s(one.ms)} / ${s(two.ms)})`);
    const peak = Math.max(one.maxRssMb, two.maxRssMb);
    report(`roll-up: peak memory (max RSS, worker threads included), ${what}`, `${fmt(two.maxRssMb)} MB on 2 workers, ${fmt(one.maxRssMb)} MB on 1 (one file alone: up to ${fmt(single.maxRssMb)} MB)`, "≤ 500 MB", peak <= 500);
    if (plans > 50) {
      const firstFolder = path.join(estate, "service-00");
      const fewer = check(firstFolder, 2);
      const growth = two.maxRssMb / fewer.maxRssMb;
      report(`roll-up: peak memory, ${fmt(plans)} plans ÷ the first 50, 2 workers`, `${fmt(growth, 2)}× (${fmt(two.maxRssMb)} MB / ${fmt(fewer.maxRssMb)} MB)`, "≤ 1.25× (flat)", growth <= 1.25);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run alone: the figures, with the machine and its load, in bench/RESULTS-rollup.md. */
async function alone(plans: number): Promise<void> {
  // The CLI is measured as `npm run build:cli` builds it.
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the CLI does not build:\n${build.stdout}${build.stderr}`);
  const loadAtStart = os.loadavg()[0];
  const rows: string[] = [];
  await rollupFigures((measure, figure, goal = "", pass = null) => {
    console.log(`${measure.padEnd(64)} ${figure.padEnd(34)} ${goal.padEnd(18)} ${pass === null ? "" : pass ? "pass" : "MISS"}`);
    rows.push(`| ${measure} | ${figure} | ${goal} | ${pass === null ? "" : pass ? "pass" : "**miss**"} |`);
  }, plans);
  const m = machine();
  const lines = [
    "# Roll-up benchmark",
    "",
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npx tsx bench/rollup.ts ${plans}\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}.`,
    "Plans generated in the shape of seed 004, 100–2,000 rows each, in four layouts, in folders of 50; each figure is one run, spawned as `node bin/action-plan.js …` under GNU time.",
    "The single-file runs are `check FILE --json`, one process per plan, one after another (their sum is reused while the build and the estate are the same: its row says so and when it was measured); the roll-up runs are `check DIR --out ROLLUP.xlsx --jobs N`.",
    "Peak memory is GNU time's maximum resident set size of the process; CPU time is its user + system time.",
    `Load average (1 minute) at the start ${fmt(loadAtStart, 2)}, at the end ${fmt(os.loadavg()[0], 2)}, on ${os.cpus().length} cores shared with other work: a busy machine slows every figure.`,
    "",
    "| measure | figure | goal | |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ];
  fs.writeFileSync(path.join(__dirname, "RESULTS-rollup.md"), lines.join("\n"));
}

if (require.main === module) {
  alone(Number(process.argv[2] ?? 500)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
