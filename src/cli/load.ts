import { readFile } from "./file-calls";
import { withFileSentences, type HostWords } from "../adapters/file-problems";
import { XlsxWorkbook } from "../adapters/xlsx";
import { NATIVE_ZIP } from "./native-zip";
import { UsageError } from "./options";

/** A file that cannot be worked on: exit 2 with this sentence. */
export class InputError extends UsageError {}

/** What only the CLI can say: a protected sheet blocks --out, not the check itself. */
const CLI_WORDS: HostWords = { afterUnprotect: "check again, or check without --out" };

/** Runs `work` on the file's workbook, turning a problem with the user's file into its sentence; our own errors pass as they are. */
export function asInputError<T>(file: string, work: () => T): T {
  return withFileSentences(file, CLI_WORDS, (sentence) => new InputError(sentence), work);
}

/** Reads the workbook, turning every way a file can be wrong into one plain sentence. */
export async function loadWorkbook(file: string): Promise<XlsxWorkbook> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`Cannot find '${file}'. Check the path and try again.`);
    if (code === "EISDIR") throw new InputError(`'${file}' is a folder, not a workbook. Give the path of an .xlsx file.`);
    throw new InputError(`Cannot open '${file}' (${code ?? "unknown error"}). Check that you may read it.`);
  }
  return asInputError(file, () => XlsxWorkbook.open(data, NATIVE_ZIP));
}
