import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { plural, type Config, type RollupLine } from "../engine";
import { unreadResult, type WorkerResult, type WorkerSetup, type WorkerTask } from "./worker-messages";
import { loadConfig } from "./config-file";
import { earlierFilesIn, type EarlierFile } from "./earlier-files";
import { sentenceFor } from "./error-sentence";
import { filesIn, reportName, WORKBOOK_EXTENSIONS } from "./find-files";
import type { Io } from "./main";
import { type CheckArgs, UsageError } from "./options";
import { refuseSameFile } from "./workbook-file";
import { rollupWritten, writeRollup } from "./write-rollup";

function startWorker(setup: WorkerSetup): Worker {
  const entry = path.join(__dirname, `check-worker${path.extname(__filename)}`);
  if (entry.endsWith(".ts")) {
    // Run from the TypeScript source (tests, the benchmark): the worker compiles it with tsx.
    const tsx = JSON.stringify(require.resolve("tsx/cjs/api"));
    return new Worker(`require(${tsx}).register(); require(${JSON.stringify(entry)});`, { eval: true, workerData: setup });
  }
  return new Worker(entry, { workerData: setup });
}

/** Hands `task` to `worker` and waits for its result; a worker that dies rejects. */
function ask(worker: Worker, task: WorkerTask): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const settle = (fn: () => void) => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      fn();
    };
    const onMessage = (result: WorkerResult) => settle(() => resolve(result));
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) => settle(() => reject(new Error(`the checking thread stopped with code ${code}`)));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(task);
  });
}

/**
 * Checks the tasks on `jobs` worker threads, each taking the next workbook when it is done,
 * and hands each result to `take` in the order they finish. A worker takes no more work until
 * its result is taken, so results never pile up (a slow reader of --json holds up the work,
 * not memory). A thread that dies (out of memory on one huge workbook) costs only that file.
 */
async function checkOnWorkers(tasks: WorkerTask[], jobs: number, setup: WorkerSetup, take: (result: WorkerResult, task: WorkerTask) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    let worker = startWorker(setup);
    try {
      while (next < tasks.length) {
        const task = tasks[next++];
        const result = await ask(worker, task).catch(async (error: unknown): Promise<WorkerResult> => {
          // The dead thread's heap is let go before its replacement starts, not held beside it.
          await worker.terminate();
          worker = startWorker(setup);
          return unreadResult(setup, task.name, sentenceFor(error));
        });
        await take(result, task);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, lane));
}

/** A plan's line of the text summary printed without --json; `noEarlier` says why it was not compared. */
function textLine(line: RollupLine, noEarlier: string | null): string {
  if (line.kind !== "plan") return `${line.file}: ${line.reason}`;
  const since = line.changes !== null ? `, ${plural(line.changes, "change")} since the earlier version` : noEarlier ? `; ${noEarlier}` : "";
  return `${line.file} '${line.sheet}': ${plural(line.items, "item")}, ${plural(line.escalations.length, "escalation")}, ${line.slipped} slipped, ${line.overdue} overdue, ${line.dueSoon} due soon, ${plural(line.errors, "error")}${since}`;
}

/**
 * `--since LASTDIR` with many workbooks: each task carries the file of its own name in that
 * folder, and a workbook with none is checked on its own (the reason kept for its text line).
 * `--since #SHEET` stays as it is: each workbook compared with its own sheet of that name.
 */
async function withEarlierVersions(args: CheckArgs, files: string[]): Promise<{ tasks: WorkerTask[]; noEarlier: Map<string, string> }> {
  const noEarlier = new Map<string, string>();
  const plain = files.map((file): WorkerTask => ({ file, name: reportName(file) }));
  if (!args.since || args.since.file === null) return { tasks: plain, noEarlier };
  const earlierOf = await earlierFilesIn(args.since.file, args.since.sheet, args.files);
  const tasks = plain.map((task) => {
    const earlier: EarlierFile = earlierOf(task.file);
    if ("since" in earlier) return { ...task, since: earlier.since };
    noEarlier.set(task.name, earlier.none);
    return task;
  });
  return { tasks, noEarlier };
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `Checking workbooks [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done} of ${total}`;
}

/**
 * `check DIR | FILE...`: every workbook on its own worker thread; with --json one report per
 * line (JSON Lines), else a line per plan; with --out the roll-up workbook. A workbook that
 * cannot be read gets its line and the others go on; the exit status is the worst of them.
 */
export async function checkMany(args: CheckArgs, io: Io): Promise<number> {
  const files = await filesIn(args.files, WORKBOOK_EXTENSIONS, "workbooks");
  if (args.out) for (const file of files) refuseSameFile(file, args.out);
  const config: Config = args.config ? await loadConfig(args.config) : {};
  const { tasks, noEarlier } = await withEarlierVersions(args, files);
  // A folder named by --since is not an earlier version of any one plan: the tasks carry theirs.
  const since = args.since?.file === null ? args.since : undefined;
  const setup: WorkerSetup = { args: { ...args, since }, config, today: io.today(), json: args.json };
  const lines: RollupLine[] = [];
  const skipped: string[] = [];
  let worst = 0;
  let done = 0;
  io.progress?.(progressBar(0, tasks.length));
  await checkOnWorkers(tasks, args.jobs ?? availableParallelism(), setup, async (result, task) => {
    io.progress?.(progressBar(++done, tasks.length));
    if (result.kind === "skipped") {
      skipped.push(result.name);
      return;
    }
    worst = Math.max(worst, result.status);
    if (args.out) lines.push(...result.lines);
    if (result.json !== null) await io.out(`${result.json}\n`);
    else await io.out(result.lines.map((line) => `${textLine(line, noEarlier.get(task.name) ?? null)}\n`).join(""));
  });
  io.progress?.(null);
  if (skipped.length) io.err(`Skipped ${skipped.length === 1 ? `'${skipped[0]}', a roll-up` : `${skipped.length} roll-ups`} written by Action Plan Checker: ${skipped.length === 1 ? "it holds" : "they hold"} no plan of their own.\n`);
  if (skipped.length === tasks.length) throw new UsageError("Every workbook named is a roll-up written by Action Plan Checker: there is no plan to check.");
  if (args.out) {
    io.progress?.(`Writing ${path.basename(args.out)}…`);
    await writeRollup(lines, args.out, io.today());
    io.progress?.(null);
    io.err(rollupWritten(lines, args.out));
  }
  return worst;
}
