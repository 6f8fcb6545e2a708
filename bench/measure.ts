/** The measuring tools of the benchmark: timed processes, peak memory, sizes, profiles, the machine. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

export interface ProcessRun {
  ms: number;
  /** Peak resident set size of the process, in MB. */
  maxRssMb: number;
  /** User + system CPU time, in ms, where GNU time measured it (NaN otherwise): steadier than wall time on a shared machine. */
  cpuMs?: number;
}

const GNU_TIME = "/usr/bin/time";

/** Preloaded into a measured process when GNU time is missing: prints its own peak memory on exit. */
const MAX_RSS_HOOK = `process.on("exit", () => process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n"));`;

function maxRssHook(): string {
  const file = path.join(os.tmpdir(), "action-plan-bench-max-rss.cjs");
  fs.writeFileSync(file, MAX_RSS_HOOK);
  return file;
}

/** A program other than node to measure, with its arguments (the pandas + openpyxl floor). */
export interface Command {
  program: string;
  args: string[];
}

/**
 * `node …args` with its standard output read through a pipe by this harness, as a tool that
 * captures it would (the default is a file: see runNode).
 */
export interface Piped {
  piped: string[];
}

/** Where a measured process's standard output goes: a file of the harness's, emptied for each run. */
const STDOUT_FILE = path.join(os.tmpdir(), `action-plan-bench-stdout-${process.pid}.txt`);

/**
 * Runs `node …args` (or another program) to completion and measures its wall time and peak
 * memory: with GNU time where the machine has it, else, for node, with a hook preloaded into the
 * process (another program's memory is then not measured: NaN).
 */
export function runNode(args: string[] | Command | Piped, cwd: string): ProcessRun {
  const useTime = fs.existsSync(GNU_TIME);
  const piped = "piped" in args;
  const node = Array.isArray(args) || piped;
  const [exe, exeArgs] = Array.isArray(args) ? [process.execPath, args] : piped ? [process.execPath, args.piped] : [args.program, args.args];
  const [cmd, cmdArgs] = useTime ? [GNU_TIME, ["-v", exe, ...exeArgs]] : node ? [process.execPath, ["--require", maxRssHook(), ...exeArgs]] : [exe, exeArgs];
  // Standard output goes to a file, as `check --json > report.json` writes it. Read through a
  // pipe by spawnSync, which gathers it slowly, a 50,000-row report took the CLI itself 1.16 s
  // against 0.92 s into a file (medians of 7): time spent waiting on the harness, which the
  // floors, printing nothing, never pay. Piped commands measure that way for the record.
  const out = piped ? "pipe" : fs.openSync(STDOUT_FILE, "w");
  const start = process.hrtime.bigint();
  let run: SpawnSyncReturns<Buffer>;
  try {
    // Read as bytes: the harness has no use for the text, and decoding a 42 MB report was its own time, not the CLI's.
    run = spawnSync(cmd, cmdArgs, { cwd, maxBuffer: 1 << 30, stdio: ["pipe", out, "pipe"] });
  } finally {
    if (out !== "pipe") {
      fs.closeSync(out);
      fs.rmSync(STDOUT_FILE, { force: true });
    }
  }
  const harnessMs = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = run.stderr.toString("utf8");
  // The CLI exits 1 when the plan has errors: that is a finished check, not a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${exe} ${exeArgs.join(" ")} exited ${run.status}: ${stderr.slice(-2000)}`);
  const kb = Number((useTime ? /Maximum resident set size \(kbytes\): (\d+)/ : /^maxrss (\d+)$/m).exec(stderr)?.[1]);
  const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  // The process's own wall time, as GNU time took it when the process ended: the harness's
  // gathering of its output (50 MB of a report, for the largest plan) comes after and is not the
  // process's. Without GNU time, the harness's own clock.
  const elapsed = useTime ? elapsedSeconds(stderr) : NaN;
  const ms = Number.isFinite(elapsed) ? elapsed * 1000 : harnessMs;
  return { ms, maxRssMb: kb / 1024, cpuMs: useTime ? (seconds("User") + seconds("System")) * 1000 : NaN };
}

/** GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.43", in seconds (hundredths). */
function elapsedSeconds(stderr: string): number {
  const clock = /Elapsed \(wall clock\) time.*\): ([\d:.]+)/.exec(stderr)?.[1];
  if (!clock) return NaN;
  return clock.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each command `times` times, taking turns, so that a machine busy with something else
 * slows every command alike; gives each one's median wall time and largest peak memory.
 */
export function medianRuns(commands: Array<string[] | Command | Piped>, cwd: string, times: number): ProcessRun[] {
  const runs: ProcessRun[][] = commands.map(() => []);
  for (let i = 0; i < times; i++) commands.forEach((args, c) => runs[c].push(runNode(args, cwd)));
  return runs.map((r) => ({ ms: median(r.map((x) => x.ms)), maxRssMb: Math.max(...r.map((x) => x.maxRssMb)) }));
}

/** Milliseconds `fn` takes, the median of `times` calls after one untimed call to warm it up. */
export function timeIt(fn: () => void, times: number): number {
  fn();
  const samples = Array.from({ length: times }, () => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return median(samples);
}

export function gzipBytes(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Each sample's function and its microseconds, from a .cpuprofile. */
function samples(profileFile: string): Array<{ frame: ProfileNode["callFrame"]; us: number }> {
  const profile = JSON.parse(fs.readFileSync(profileFile, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  return profile.samples.map((id, i) => ({ frame: byId.get(id)!, us: profile.timeDeltas[i] }));
}

/** Where a function lives: our engine, adapter or CLI, a package, Node itself or the garbage collector. */
function originOf(frame: ProfileNode["callFrame"]): string {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
  if (pkg) return `package ${pkg}`;
  const ours = /dist\/node\/(engine|adapters|cli)\//.exec(frame.url)?.[1];
  if (ours) return { engine: "engine (src/engine)", adapters: "the .xlsx package module (src/adapters/xlsx)", cli: "CLI (src/cli, JSON.stringify and output)" }[ours]!;
  if (frame.functionName === "(garbage collector)") return "garbage collector";
  return "Node itself (module loading, streams, zlib bindings)";
}

/** Self time summed by where the code lives, largest first. */
export function selfTimeByOrigin(profileFile: string): Array<{ name: string; ms: number; share: number }> {
  return shares(samples(profileFile).map(({ frame, us }) => [originOf(frame), us]));
}

function shares(entries: Array<[string, number]>): Array<{ name: string; ms: number; share: number }> {
  const sums = new Map<string, number>();
  let total = 0;
  for (const [name, us] of entries) {
    sums.set(name, (sums.get(name) ?? 0) + us);
    total += us;
  }
  return [...sums].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

/** The functions that took the most CPU themselves (not counting what they called), from a .cpuprofile. */
export function topSelfTime(profileFile: string, count: number): Array<{ name: string; ms: number; share: number }> {
  const named = samples(profileFile).map(({ frame, us }): [string, number] => {
    const where = frame.url ? ` (${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1})` : "";
    return [`${frame.functionName || "(anonymous)"}${where}`, us];
  });
  return shares(named).slice(0, count);
}

/** `node --cpu-prof …args` once; returns the profile's file. */
export function profileNode(args: string[], cwd: string, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  runNode([`--cpu-prof`, `--cpu-prof-dir=${dir}`, ...args], cwd);
  return path.join(dir, fs.readdirSync(dir)[0]);
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}
