import { statSync } from "node:fs";
import { readdir } from "./file-calls";
import path from "node:path";
import { type CheckArgs, UsageError } from "./options";

/** True when `input` names a folder (a path that cannot be read is left for reading to explain). */
export function isFolder(input: string): boolean {
  return statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/**
 * More than one workbook, or a folder: many plans at once. One workbook stays as it always was.
 * Here rather than beside checkMany, so that a run checking one plan loads none of that (a worker thread).
 */
export function checksMany(args: CheckArgs): boolean {
  return args.files.length > 1 || isFolder(args.file);
}

/** The endings of the workbooks `check` reads. */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm"];

/**
 * The files in a folder and its sub-folders whose names end with one of `extensions`, as
 * paths relative to it, in a steady order. Excel's lock files ("~$plan.xlsx", left beside a
 * workbook open in Excel) are not workbooks.
 */
export async function filesUnder(folder: string, extensions: string[]): Promise<string[]> {
  return (await readdir(folder, { recursive: true }))
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)) && !path.basename(name).startsWith("~$"))
    .sort();
}

/**
 * The files named, each folder replaced by `filesUnder` it. A name that is not a folder is
 * kept as it is, so that reading it says what is wrong with it.
 */
export async function filesIn(inputs: string[], extensions: string[], what: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (!isFolder(input)) {
      files.push(input);
      continue;
    }
    files.push(...(await filesUnder(input, extensions)).map((name) => path.join(input, name)));
  }
  if (files.length === 0) throw new UsageError(`There are no ${what} (${extensions.join(", ")}) in ${inputs.map((i) => `'${i}'`).join(", ")}.`);
  return files;
}

/** How a report names a file: its path from where the tool runs, "/" between folders on every system. */
export function reportName(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}
