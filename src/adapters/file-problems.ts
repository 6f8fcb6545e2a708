/**
 * What is wrong with a user's workbook, in the one sentence every host says: the CLI, the pane
 * in a browser and the pane in Excel. A host adds only what it alone can say (the path or the
 * file's name; what to do once a sheet is unprotected), never its own wording of the problem.
 */
import { ProtectedSheetError, WorkbookFileError, type FileProblem } from "./xlsx/errors";
import { LIMITS } from "./xlsx/limits";

/** What a host adds to the sentences: the words only it can say. */
export interface HostWords {
  /** What to do after unprotecting a sheet we would have written into: "check again, or check without --out". */
  afterUnprotect: string;
}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The one sentence a problem with the user's file gets, naming the file; each says what to do. */
export function problemSentence(problem: FileProblem, file: string): string {
  const saveAgain = `Open it in Excel, save it as "Excel Workbook (.xlsx)" and try that copy.`;
  switch (problem.kind) {
    case "empty":
      return `'${file}' is empty. Save the workbook again from Excel as .xlsx and retry.`;
    case "not-zip":
      return `'${file}' is not an Excel workbook (.xlsx). ${saveAgain}`;
    case "truncated":
      return `'${file}' is cut short (the end of the file is missing), perhaps by an unfinished download or copy. Copy or download it again, or ${saveAgain.charAt(0).toLowerCase()}${saveAgain.slice(1)}`;
    case "encrypted":
      return `'${file}' is protected by a password, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save a copy to check.`;
    case "xls":
      return `'${file}' is an old-format Excel workbook (.xls), whatever its name says. ${saveAgain}`;
    case "xlsb":
      return `'${file}' is an Excel binary workbook (.xlsb), which this tool does not read. ${saveAgain}`;
    case "ods":
      return `'${file}' is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as "Excel 2007-365 (.xlsx)", then try that copy.`;
    case "not-workbook":
      return `'${file}' is a zip file but not an Excel workbook: it has no workbook inside. ${saveAgain}`;
    case "damaged-part":
      return `'${file}' is damaged: its part '${problem.part}' cannot be read. ${saveAgain}`;
    case "unsupported-compression":
      return `'${file}' stores its part '${problem.part}' in a way Excel does not write. ${saveAgain}`;
    case "part-too-large":
      return `'${file}' has a part ('${problem.part}', ${MB(problem.bytes)} unpacked) larger than this tool reads (${MB(LIMITS.partBytes)}). Remove what the plan does not need, save and retry.`;
    case "bomb":
      return `'${file}' unpacks to far more than it holds ('${problem.part}'), as files built to exhaust memory do; it was not opened. If you made it in Excel, ${saveAgain.charAt(0).toLowerCase()}${saveAgain.slice(1)}`;
    case "doctype":
      return `'${file}' holds an XML document type declaration in '${problem.part}', which Excel never writes and which can be used to attack a reader; it was not opened. ${saveAgain}`;
    case "too-many-strings":
      return `'${file}' holds ${problem.count.toLocaleString("en-GB")} distinct texts, more than this tool reads (${LIMITS.sharedStrings.toLocaleString("en-GB")}). Move the plan into a workbook of its own and check that.`;
    case "strings-too-large":
      return `'${file}' holds ${MB(problem.bytes)} of text, more than this tool reads (${MB(LIMITS.sharedStringsBytes)}). Move the plan into a workbook of its own and check that.`;
    case "too-many-cells":
      return `The sheet '${problem.sheet}' in '${file}' has more than ${LIMITS.cellsPerSheet.toLocaleString("en-GB")} cells, more than this tool reads. Move the plan into a sheet of its own and check that.`;
    case "store-unreadable":
      return `The record Action Plan Checker keeps in '${file}' (the hidden sheet '${problem.sheet}') is damaged, so the plan's own fills and notes cannot be put back. Use a copy of the workbook saved before it was checked.`;
  }
}

/** The sentence for sheets the user protected; `did` is what the checker did not do. `then` is what to do once they are unprotected. */
export function protectedSheetsSentence(locked: string[], did: "wrote" | "cleared", then = `${did === "wrote" ? "check" : "clear"} again`): string {
  const which = locked.map((n) => `"${n}"`).join(", ");
  const sheet = locked.length === 1 ? `The sheet ${which} is` : `The sheets ${which} are`;
  return `${sheet} protected, so the checker ${did} nothing. Unprotect ${locked.length === 1 ? "it" : "them"} (Review > Unprotect Sheet) and ${then}.`;
}

/** The sentence for an error the user's file caused; null for any other, which is ours and must travel up as itself. */
export function fileProblemSentence(error: unknown, file: string, host: HostWords): string | null {
  if (error instanceof WorkbookFileError) return problemSentence(error.problem, file);
  if (error instanceof ProtectedSheetError) return protectedSheetsSentence(error.sheets, "wrote", host.afterUnprotect);
  return null;
}

/** Runs `work`, turning a problem with the user's file into the host's error carrying its sentence; our own errors pass as they are. */
export function withFileSentences<T>(file: string, host: HostWords, asError: (sentence: string) => Error, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const sentence = fileProblemSentence(error, file, host);
    throw sentence === null ? error : asError(sentence);
  }
}
