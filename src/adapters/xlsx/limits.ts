import type { FileProblem } from "./errors";

/**
 * What a hostile or broken file may not make us do. The caps sit far above any real plan (a
 * 50,000-row plan has about 1 million cells, some 20 MB of sheet XML and 100,000 strings) and
 * far below what would exhaust the pane's tab or the CLI's 500 MB.
 */
export const LIMITS = {
  /** Uncompressed bytes of one part we inflate. */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of every part of the package together, as the zip declares them. */
  packageBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed ÷ compressed size above which a large part is taken for a zip bomb. */
  ratio: 250,
  /** Parts smaller than this are never taken for a bomb, whatever their ratio. */
  ratioFloor: 4 * 1024 * 1024,
  sharedStrings: 2_000_000,
  /** Unpacked bytes of the shared strings: a 50,000-row plan's are about a third of this. */
  sharedStringsBytes: 32 * 1024 * 1024,
  cellsPerSheet: 5_000_000,
} as const;

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The one sentence a problem gets, naming the file; each says what to do. */
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
