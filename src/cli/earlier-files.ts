import path from "node:path";
import { filesUnder, isFolder, WORKBOOK_EXTENSIONS } from "./find-files";
import { type SinceArg, UsageError } from "./options";

/** Each workbook's earlier version for `check DIR... --since LASTDIR`, or why it has none. */
export type EarlierFile = { since: SinceArg } | { none: string };

const slashed = (name: string) => name.split(path.sep).join("/");
/** Excel and Windows ignore case in file names, so a file renamed "LAC.xlsx" from "lac.xlsx" is still the same plan's. */
const key = (name: string) => slashed(name).toLowerCase();

/**
 * The folder `--since` names when many workbooks are checked, read once: each workbook is
 * matched with the file at the same path under it (as found under the folder checked), else
 * the one file of the same name anywhere in it. Only names are kept, never workbooks.
 */
export async function earlierFilesIn(folder: string, sheet: string | null, inputs: string[]): Promise<(file: string) => EarlierFile> {
  if (sheet !== null || !isFolder(folder)) {
    throw new UsageError(
      `With many workbooks, --since needs the folder of their earlier versions (each plan is compared with the file of the same name there), and '${sheet === null ? folder : `${folder}#${sheet}`}' is not a folder.`,
    );
  }
  const names = await filesUnder(folder, WORKBOOK_EXTENSIONS);
  const byPath = new Map(names.map((name) => [key(name), name]));
  const byName = new Map<string, string[]>();
  for (const name of names) byName.set(key(path.basename(name)), [...(byName.get(key(path.basename(name))) ?? []), name]);
  const folders = inputs.filter(isFolder).map((input) => path.resolve(input));
  const shown = slashed(folder);

  return (file) => {
    const absolute = path.resolve(file);
    const under = folders.filter((input) => absolute.startsWith(input + path.sep)).map((input) => path.relative(input, absolute));
    const samePath = under.map((rel) => byPath.get(key(rel))).find((name) => name !== undefined);
    if (samePath) return { since: { file: path.join(folder, samePath), sheet: null } };
    const sameName = byName.get(key(path.basename(file))) ?? [];
    if (sameName.length === 1) return { since: { file: path.join(folder, sameName[0]), sheet: null } };
    if (sameName.length === 0) return { none: `no earlier version in '${shown}' to compare with` };
    return { none: `not compared: ${sameName.length} files in '${shown}' are named '${path.basename(file)}' (${sameName.map(slashed).join(", ")}), and none is at the same path` };
  };
}
