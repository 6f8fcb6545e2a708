/**
 * `npm run corpus -- DIR [--jobs N] [--limit SECONDS] [--cli PATH] [--log FILE]`: runs the
 * built CLI's `main` over every workbook in DIR — `check --json --out` (timed, killed at the
 * limit; a refusal is tried again without --out), then `clear` on the copy — and compares the
 * three packages (scripts/corpus-compare.ts). Prints
 * every loss by file and kind, the files refused with their sentence, the slow ones, and a
 * one-line total. Not part of `npm test`: it judges the product on workbooks outside the repo.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI, InProcessCli, type CliRun } from "./corpus-cli";
import { checkedLosses, clearedLosses, type Loss } from "./corpus-compare";
import { readWorkbookPackage } from "./corpus-package";

interface Options {
  dir: string;
  jobs: number;
  limitMs: number;
  cli: string;
  /** A file of one outcome per line: written as the run goes, and read to resume a run cut short. */
  log: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: "", jobs: 1, limitMs: 10_000, cli: CLI, log: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--jobs") options.jobs = Math.max(1, Number(argv[++i]));
    else if (arg === "--limit") options.limitMs = Number(argv[++i]) * 1000;
    else if (arg === "--cli") options.cli = path.resolve(argv[++i]);
    else if (arg === "--log") options.log = path.resolve(argv[++i]);
    else options.dir = arg;
  }
  if (!options.dir) throw new Error("Name the folder of workbooks: npm run corpus -- DIR [--jobs N] [--limit SECONDS] [--cli bin/action-plan.js] [--log FILE]");
  return options;
}

/**
 * Runs the CLI, killed at the limit; a run killed once is tried again, since on a shared
 * machine another job can take the cores for seconds: only twice too slow counts.
 */
async function run(cli: InProcessCli, options: Options, args: string[]): Promise<CliRun> {
  const first = await cli.run(args, options.limitMs);
  return first.timedOut ? cli.run(args, options.limitMs) : first;
}

type Outcome =
  | { file: string; status: "refused"; sentence: string; ms: number }
  | { file: string; status: "too slow"; stage: string }
  | { file: string; status: "failed"; stage: string; message: string }
  | { file: string; status: "read"; ms: number; plans: string[]; checked: Loss[]; cleared: Loss[] };

/** The exit codes of a finished check: 0 clean, 1 findings. 2 is a refusal; anything else our failure. */
const finished = (done: CliRun) => done.code === 0 || done.code === 1;
const BUG = /unexpected problem/;
const firstLines = (text: string) => text.trim().split("\n").slice(0, 3).join(" / ");

async function judge(cli: InProcessCli, options: Options, file: string, scratch: string): Promise<Outcome> {
  const name = path.basename(file);
  const ext = path.extname(file);
  const checkedFile = path.join(scratch, `checked${ext}`);
  const clearedFile = path.join(scratch, `cleared${ext}`);
  // One run both checks and writes the copy, to halve the cost of the corpus on a shared machine;
  // a refusal is run again without --out, to tell a file that cannot be read from one that cannot be written.
  const check = await run(cli, options, ["check", file, "--json", "--out", checkedFile]);
  if (check.timedOut) return { file: name, status: "too slow", stage: "check --out" };
  if (check.code === 2) {
    const alone = await run(cli, options, ["check", file, "--json"]);
    if (alone.timedOut) return { file: name, status: "too slow", stage: "check" };
    // The CLI also exits 2 on its own bug, in a sentence of its own: that is a failure, not a refusal.
    if (alone.code === 2 && !BUG.test(alone.stderr)) return { file: name, status: "refused", sentence: alone.stderr.trim(), ms: alone.ms };
    return { file: name, status: "failed", stage: "check --out (check alone reads it)", message: firstLines(check.stderr) };
  }
  if (!finished(check)) return { file: name, status: "failed", stage: "check --out", message: firstLines(check.stderr) };
  const plans = (JSON.parse(check.stdout) as { sheets: Array<{ name: string; kind: string }> }).sheets.filter((s) => s.kind === "plan").map((s) => s.name);
  const clear = await run(cli, options, ["clear", checkedFile, "--out", clearedFile]);
  if (clear.timedOut) return { file: name, status: "too slow", stage: "clear" };
  if (clear.code !== 0) return { file: name, status: "failed", stage: "clear", message: firstLines(clear.stderr) };
  try {
    const original = readWorkbookPackage(fs.readFileSync(file));
    const checked = readWorkbookPackage(fs.readFileSync(checkedFile));
    const cleared = readWorkbookPackage(fs.readFileSync(clearedFile));
    return { file: name, status: "read", ms: check.ms, plans, checked: checkedLosses(original, checked), cleared: clearedLosses(original, cleared, plans) };
  } catch (error) {
    return { file: name, status: "failed", stage: "comparing the packages", message: String(error) };
  }
}

/** Files losing each kind, most first. */
function byKind(outcomes: Outcome[], stage: "checked" | "cleared"): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.status === "read") for (const kind of new Set(o[stage].map((l) => l.kind))) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(", ") || "nothing";
}

function print(outcomes: Outcome[], options: Options): void {
  const read = outcomes.filter((o): o is Extract<Outcome, { status: "read" }> => o.status === "read");
  for (const [stage, title] of [["checked", "check --out"], ["cleared", "clear after check --out"]] as const) {
    console.log(`\n## Lost or changed by ${title}\n`);
    for (const o of read) for (const loss of o[stage]) console.log(`${o.file}: ${loss.kind}: ${loss.detail}`);
  }
  console.log("\n## Refused\n");
  for (const o of outcomes) if (o.status === "refused") console.log(`${o.file}: ${o.sentence}`);
  console.log("\n## Failed (exit other than 0, 1 or 2, or the copies could not be compared)\n");
  for (const o of outcomes) if (o.status === "failed") console.log(`${o.file}: ${o.stage}: ${o.message}`);
  console.log(`\n## Slow: killed at ${options.limitMs / 1000} s, and the five slowest checks (check --json --out)\n`);
  for (const o of outcomes) if (o.status === "too slow") console.log(`${o.file}: ${o.stage} killed at ${options.limitMs / 1000} s`);
  const timed = outcomes.filter((o): o is Extract<Outcome, { ms: number }> => "ms" in o).sort((a, b) => b.ms - a.ms);
  for (const o of timed.slice(0, 5)) console.log(`${o.file}: ${(o.ms / 1000).toFixed(1)} s`);
  const count = (status: Outcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const lostOut = read.filter((o) => o.checked.length > 0).length;
  const lostClear = read.filter((o) => o.cleared.length > 0).length;
  console.log(`\n## By kind\n\ncheck --out, files losing each: ${byKind(outcomes, "checked")}\nclear, files not given back each: ${byKind(outcomes, "cleared")}`);
  console.log(
    `\nTotal: ${outcomes.length} workbooks; ${read.length} read, ${count("refused")} refused, ${count("too slow")} too slow, ${count("failed")} failed; ` +
      `${read.filter((o) => o.plans.length > 0).length} with a plan; check --out lost something from ${lostOut}; clear did not give back ${lostClear} whole; load average ${os.loadavg()[0].toFixed(2)}.`,
  );
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const files = fs
    .readdirSync(options.dir)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort()
    .map((f) => path.join(options.dir, f));
  const done = new Map<string, Outcome>();
  if (options.log && fs.existsSync(options.log)) {
    for (const line of fs.readFileSync(options.log, "utf8").split("\n").filter(Boolean)) {
      const outcome = JSON.parse(line) as Outcome;
      done.set(outcome.file, outcome);
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-corpus-"));
  const cli = new InProcessCli(options.cli, options.jobs);
  const todo = files.filter((f) => !done.has(path.basename(f)));
  let next = 0;
  const worker = async (slot: number) => {
    const dir = path.join(scratch, String(slot));
    fs.mkdirSync(dir);
    for (let i = next++; i < todo.length; i = next++) {
      const outcome = await judge(cli, options, todo[i], dir);
      done.set(outcome.file, outcome);
      if (options.log) fs.appendFileSync(options.log, `${JSON.stringify(outcome)}\n`);
      if (done.size % 50 === 0) console.error(`${done.size} of ${files.length}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.jobs }, (_, slot) => worker(slot)));
    print(
      files.map((f) => done.get(path.basename(f))!),
      options,
    );
  } finally {
    await cli.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
