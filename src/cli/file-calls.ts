// Named imports: esbuild gives a default import a copy of each of fs's hundred exports as the CLI loads.
import { promises, readFile as readFileThen, rename as renameThen, unlink as unlinkThen, writeFile as writeFileThen } from "node:fs";
import { promisify } from "node:util";

/**
 * The promise form of the few file calls the CLI makes. node:fs/promises would load streams,
 * readline and file watchers with it (some 5 ms of every run, `--version` included); these are
 * node:fs's own calls, which Node has loaded before the CLI starts, and fail with the same codes.
 */
export const readFile = promisify(readFileThen);
export const writeFile = promisify(writeFileThen);
export const rename = promisify(renameThen);
export const unlink = promisify(unlinkThen);

/** Only for a folder of plans: node:fs/promises, loaded then. */
export function readdir(folder: string, options: { recursive: boolean }): Promise<string[]> {
  return promises.readdir(folder, options);
}
