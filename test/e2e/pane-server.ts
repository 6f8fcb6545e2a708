/**
 * What the pane's browser tests share: the add-in's own webpack build (plus the office.js
 * stand-in for the Excel state), a static server on 127.0.0.1, and office.js from node_modules
 * in place of Microsoft's CDN.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const STAND_IN_ENTRY = "office-stand-in";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

/**
 * What the build is made from: a change to any of these makes a new build, anything else
 * (tests, docs, the CLI's own files aside from src/) reuses the last one. The office.js stand-in
 * bundles the Excel fake from test/fakes, so the fake is an input too.
 */
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json", "scripts/webpack-fluent-icons.cjs", "test/e2e/office-stand-in.ts", "test/fakes"];
/** A build that has not finished in this long was left by a run that died: the next run redoes it. */
const STALE_LOCK_MS = 10 * 60_000;

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A hash of every file the build reads from the repository, with its path. */
function buildKey(): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update("\0");
  return hash.digest("hex").slice(0, 20);
}

/**
 * The same webpack config the add-in ships with, built into `outDir`, with one more entry: the
 * office.js stand-in, which no page of the add-in loads (its HTML pages name their chunks).
 */
async function webpackPane(outDir: string): Promise<void> {
  const factory = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({}, { mode: "production" });
  const entry = { ...(config.entry as Record<string, string>), [STAND_IN_ENTRY]: "./test/e2e/office-stand-in.ts" };
  // Minifying takes most of the build's time and changes nothing these tests look at.
  const built: Configuration = { ...config, entry, context: ROOT, output: { ...config.output, path: outDir }, optimization: { ...config.optimization, minimize: false } };
  await new Promise<void>((resolve, reject) =>
    webpack(built).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** The process holding a build lock; none while its owner is between mkdir and writing it, or once it is gone. */
function lockOwner(lock: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lock, "pid"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPERM") return true;
    if (code === "ESRCH") return false;
    throw error;
  }
}

/** A lock whose owner has died, or that has been held longer than any build takes, is stale. */
function lockIsStale(lock: string): boolean {
  const owner = lockOwner(lock);
  if (owner !== undefined && !isRunning(owner)) return true;
  const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  return since !== undefined && Date.now() - since > STALE_LOCK_MS;
}

/**
 * The pane built once for every browser test of a run, and kept for the next run while its
 * sources are unchanged: webpack takes tens of seconds of CPU, and each e2e file building its
 * own copy was most of their time. The build lives in the system's temporary folder under a
 * hash of its inputs; jest's workers that need it at once take a lock (mkdir is atomic), and
 * the others wait for the finished folder, which appears whole by a rename.
 */
export async function builtPane(): Promise<string> {
  const dir = path.join(tmpdir(), `action-plan-pane-${buildKey()}`);
  const lock = `${dir}.lock`;
  while (!existsSync(dir)) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      if (existsSync(dir)) break;
      const partial = `${dir}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      await webpackPane(partial);
      renameSync(partial, dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * The built pane (see builtPane) copied into `outDir`, which the caller owns and may delete.
 * Returns the office.js stand-in's file there.
 */
export async function buildPane(outDir: string): Promise<{ standIn: string }> {
  cpSync(await builtPane(), outDir, { recursive: true });
  const standIn = readdirSync(outDir).find((name) => name.startsWith(`${STAND_IN_ENTRY}.`) && name.endsWith(".js"));
  if (!standIn) throw new Error("the office.js stand-in was not built");
  return { standIn: path.join(outDir, standIn) };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

/** A static server for the built pane on 127.0.0.1, on a port the system picks. */
export async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(name).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** office.js and the files it loads, from the npm package instead of appsforoffice.microsoft.com. */
export function officeJsFile(url: string): string | null {
  const rest = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.join(OFFICE_JS_DIR, path.normalize(rest));
  return file.startsWith(OFFICE_JS_DIR) && existsSync(file) && statSync(file).isFile() ? file : null;
}
