/**
 * Runs the built CLI (`bin/action-plan.js`) as a user would, killed at a time limit, with its
 * wall time and peak memory. Shared by `npm run corpus` and the tests that hold the CLI to its
 * promises on hostile and foreign files.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** This checkout's CLI, or another build's named by ACTION_PLAN_CLI (to try a branch before it is merged). */
export const CLI = path.resolve(process.env.ACTION_PLAN_CLI ?? path.join(__dirname, "../bin/action-plan.js"));

export interface CliRun {
  /** The exit code, or null when the process was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** Peak resident set size, in MB; null when the process was killed before it could say. */
  maxRssMb: number | null;
  /** CPU time (user and system), in ms, which a busy machine changes far less than wall time; null as above. */
  cpuMs: number | null;
}

/**
 * Preloaded into the CLI: writes its peak memory to the file named by the environment on
 * exit, so that stderr stays the CLI's own and no outside tool (GNU time) is needed.
 */
const HOOK = `process.on("exit", () => { try { const u = process.resourceUsage(); require("fs").writeFileSync(process.env.ACTION_PLAN_MAX_RSS_FILE, JSON.stringify({ maxRss: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); } catch (e) { process.stderr.write("max-rss hook: " + e + "\\n"); } });`;

let hookFile: string | undefined;
function hook(): string {
  if (!hookFile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-rss-"));
    // The hook and the figures it writes are the run's own: gone when the process that ran the
    // CLIs ends (jest ends its workers without "exit": a test file calls removeCliHook instead).
    process.on("exit", removeCliHook);
    hookFile = path.join(dir, "max-rss.cjs");
    fs.writeFileSync(hookFile, HOOK);
  }
  return hookFile;
}

/** Removes the preloaded hook's folder; the next runCli makes it again. */
export function removeCliHook(): void {
  if (!hookFile) return;
  fs.rmSync(path.dirname(hookFile), { recursive: true, force: true });
  hookFile = undefined;
}

export function runCli(args: string[], options: { limitMs: number; cli?: string }): Promise<CliRun> {
  const rssFile = path.join(path.dirname(hook()), `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", hook(), options.cli ?? CLI, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ACTION_PLAN_MAX_RSS_FILE: rssFile },
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.limitMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const usage = fs.existsSync(rssFile) ? (JSON.parse(fs.readFileSync(rssFile, "utf8")) as { maxRss: number; cpu: number }) : null;
      fs.rmSync(rssFile, { force: true });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ code, stdout, stderr, ms, timedOut, maxRssMb: usage && usage.maxRss / 1024, cpuMs: usage && usage.cpu / 1000 });
    });
  });
}

/**
 * The CLI's `main(argv, io)` run in worker threads, for many files: each worker loads the CLI
 * once, so a run of a thousand workbooks does not pay a thousand times for Node and the
 * modules starting (about 0.9 s of CPU each, three times the work on a small workbook). A call
 * past the limit terminates its worker, which is replaced.
 */
export class InProcessCli {
  private readonly main: string;
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];

  /** `cli` is the bin script; it loads its `main` from the `dist/node/cli/main.js` beside it. */
  constructor(cli: string, workers: number) {
    this.main = path.resolve(path.dirname(cli), "../dist/node/cli/main.js");
    for (let i = 0; i < workers; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER, { eval: true, workerData: { main: this.main }, stdout: true, stderr: true });
    // What the CLI writes to the process's own streams (not through its io) is not the report's.
    worker.stdout.resume();
    worker.stderr.resume();
    return worker;
  }

  private async take(): Promise<Worker> {
    return this.idle.pop() ?? new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  async run(args: string[], limitMs: number): Promise<CliRun> {
    const worker = await this.take();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners("message");
        void worker.terminate();
        this.give(this.spawn());
        resolve({ code: null, stdout: "", stderr: "", ms: limitMs, timedOut: true, maxRssMb: null, cpuMs: null });
      }, limitMs);
      worker.once("message", (done: Omit<CliRun, "timedOut" | "maxRssMb" | "cpuMs">) => {
        clearTimeout(timer);
        this.give(worker);
        resolve({ ...done, timedOut: false, maxRssMb: null, cpuMs: null });
      });
      worker.postMessage({ argv: args, today: localToday() });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.map((w) => w.terminate()));
  }
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { main } = require(workerData.main);
parentPort.on("message", async ({ argv, today }) => {
  let stdout = "";
  let stderr = "";
  const start = process.hrtime.bigint();
  let code = null;
  try {
    code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), today: () => today });
  } catch (error) {
    stderr += "main threw: " + (error && error.stack ? error.stack : String(error));
  }
  parentPort.postMessage({ code, stdout, stderr, ms: Number(process.hrtime.bigint() - start) / 1e6 });
});
`;
