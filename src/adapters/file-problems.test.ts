import { fileProblemSentence, problemSentence, protectedSheetsSentence, withFileSentences, type HostWords } from "./file-problems";
import { ProtectedSheetError, WorkbookFileError, type FileProblem } from "./xlsx/errors";

const HOST: HostWords = { afterUnprotect: "check again, or check without --out" };

/** Every kind of problem a user's file can have, with what its sentence must name so the user knows what to do. */
const KINDS: Array<[FileProblem, RegExp]> = [
  [{ kind: "empty" }, /is empty\. Save the workbook again/],
  [{ kind: "not-zip" }, /is not an Excel workbook \(\.xlsx\)\. Open it in Excel, save it as/],
  [{ kind: "truncated" }, /is cut short .* Copy or download it again/],
  [{ kind: "encrypted" }, /protected by a password.*remove the password/],
  [{ kind: "xls" }, /old-format Excel workbook \(\.xls\)/],
  [{ kind: "xlsb" }, /Excel binary workbook \(\.xlsb\)/],
  [{ kind: "ods" }, /OpenDocument spreadsheet \(\.ods\)/],
  [{ kind: "not-workbook" }, /a zip file but not an Excel workbook/],
  [{ kind: "damaged-part", part: "xl/worksheets/sheet1.xml" }, /is damaged: its part 'xl\/worksheets\/sheet1\.xml'/],
  [{ kind: "unsupported-compression", part: "xl/styles.xml" }, /in a way Excel does not write/],
  [{ kind: "part-too-large", part: "xl/worksheets/sheet1.xml", bytes: 300 * 1024 * 1024 }, /300 MB unpacked\) larger than this tool reads \(256 MB\)/],
  [{ kind: "bomb", part: "xl/worksheets/sheet1.xml" }, /unpacks to far more than it holds/],
  [{ kind: "doctype", part: "xl/sharedStrings.xml" }, /XML document type declaration/],
  [{ kind: "too-many-strings", count: 2_500_000 }, /holds 2,500,000 distinct texts/],
  [{ kind: "strings-too-large", bytes: 50 * 1024 * 1024 }, /holds 50 MB of text/],
  [{ kind: "too-many-cells", sheet: "Plan", count: 6_000_000 }, /The sheet 'Plan' in 'plan\.xlsx' has more than 5,000,000 cells/],
  [{ kind: "store-unreadable", sheet: "ActionPlanChecker" }, /hidden sheet 'ActionPlanChecker'\) is damaged/],
];

describe("a problem with the user's workbook, in the one sentence every host says", () => {
  it.each(KINDS)("%o", (problem, says) => {
    const sentence = fileProblemSentence(new WorkbookFileError(problem), "plan.xlsx", HOST);
    expect(sentence).toBe(problemSentence(problem, "plan.xlsx"));
    expect(sentence).toMatch(says);
    expect(sentence).toContain("'plan.xlsx'");
  });

  it("says what to do about protected sheets in the host's words, one sheet or several", () => {
    expect(fileProblemSentence(new ProtectedSheetError(["Plan"]), "plan.xlsx", HOST)).toBe(
      'The sheet "Plan" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again, or check without --out.',
    );
    expect(protectedSheetsSentence(["Plan", "Risks"], "cleared")).toBe('The sheets "Plan", "Risks" are protected, so the checker cleared nothing. Unprotect them (Review > Unprotect Sheet) and clear again.');
  });

  it("never blames the user's file for an error of ours: it travels up as itself", () => {
    const bug = new TypeError("Cannot read properties of undefined");
    expect(fileProblemSentence(bug, "plan.xlsx", HOST)).toBeNull();
    expect(() => withFileSentences("plan.xlsx", HOST, (s) => new RangeError(s), () => { throw bug; })).toThrow(bug);
    expect(() => withFileSentences("plan.xlsx", HOST, (s) => new RangeError(s), () => { throw new WorkbookFileError({ kind: "xls" }); })).toThrow(new RangeError(problemSentence({ kind: "xls" }, "plan.xlsx")));
  });
});
