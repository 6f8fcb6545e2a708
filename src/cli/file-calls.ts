// Named imports: esbuild gives a default import a copy of each of fs's hundred exports as the CLI loads.
import { promises, readFileSync, rename as renameThen, unlink as unlinkThen, writeFileSync } from "node:fs";
import { promisify } from "node:util";

/**
 * The promise form of the few file calls the CLI makes. node:fs/promises would load streams,
 * readline and file watchers with it (some 5 ms of every run, `--version` included); these are
 * node:fs's own calls, which Node has loaded before the CLI starts, and fail with the same codes.
 *
 * A workbook, a config file and a checked copy are read and written at once: nothing else runs
 * while the CLI waits for them, and done asynchronously each takes the thread pool a round trip
 * for the open, the size, every 512 KB and the close (1 to 3 ms more at 50,000 rows).
 */
export function readFile(file: string): Promise<Buffer>;
export function readFile(file: string, encoding: "utf8"): Promise<string>;
export function readFile(file: string, encoding?: "utf8"): Promise<Buffer | string> {
  return new Promise((resolve) => resolve(encoding ? readFileSync(file, encoding) : readFileSync(file)));
}
export function writeFile(file: string, data: Uint8Array): Promise<void> {
  return new Promise((resolve) => resolve(writeFileSync(file, data)));
}
export const rename = promisify(renameThen);
export const unlink = promisify(unlinkThen);

/** Only for a folder of plans: node:fs/promises, loaded then. */
export function readdir(folder: string, options: { recursive: boolean }): Promise<string[]> {
  return promises.readdir(folder, options);
}
