/**
 * What can be wrong with a user's file, as data. Only these are the user's to fix; any other
 * error thrown while reading or writing a package is a bug of ours and travels up as itself.
 */
export type FileProblem =
  | { kind: "empty" }
  | { kind: "not-zip" }
  | { kind: "truncated" }
  | { kind: "encrypted" }
  | { kind: "xls" }
  | { kind: "xlsb" }
  | { kind: "ods" }
  | { kind: "not-workbook" }
  | { kind: "damaged-part"; part: string }
  | { kind: "unsupported-compression"; part: string }
  | { kind: "part-too-large"; part: string; bytes: number }
  | { kind: "bomb"; part: string }
  | { kind: "doctype"; part: string }
  | { kind: "too-many-strings"; count: number }
  | { kind: "strings-too-large"; bytes: number }
  | { kind: "too-many-cells"; sheet: string; count: number }
  | { kind: "store-unreadable"; sheet: string };

/** A problem with the user's file, never with our code: the host says `sentence(problem)`. */
export class WorkbookFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`workbook file problem: ${problem.kind}`);
  }
}

/** A plan sheet is protected: the checker will not write into it (nor silently skip it). */
export class ProtectedSheetError extends Error {
  constructor(readonly sheets: string[]) {
    super(`protected sheets: ${sheets.join(", ")}`);
  }
}

export function fileProblem(problem: FileProblem): WorkbookFileError {
  return new WorkbookFileError(problem);
}
