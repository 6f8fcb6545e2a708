/**
 * A broken or foreign file gets the same sentence from the CLI and from the pane in a browser,
 * each naming the file as its user gave it (a path, a chosen file's name). In-process and
 * limited to the files that are quick to make; bad-input.test.ts runs every kind through the
 * built CLI.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadUserWorkbook } from "../../src/cli/workbook-file";
import { PaneError } from "../../src/taskpane/errors";
import { loadWorkbook as paneLoad } from "../../src/taskpane/hosts/xlsx-workbook";
import { binaryWorkbook, corruptPart, encryptedWorkbook, entityBomb } from "./hostile-files";

const PLAN = path.join(__dirname, "../fixtures-foreign/libreoffice-plan.xlsx");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-both-hosts-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const FILES: Array<[string, () => Buffer, RegExp]> = [
  ["corrupted.xlsx", () => corruptPart(fs.readFileSync(PLAN), "xl/worksheets/sheet1.xml"), /is damaged/],
  ["truncated.xlsx", () => fs.readFileSync(PLAN).subarray(0, 5000), /is cut short/],
  ["entity-bomb.xlsx", entityBomb, /document type declaration/],
  ["book.xlsx", encryptedWorkbook, /password/],
  ["renamed.xlsx", () => fs.readFileSync(path.join(__dirname, "plan.xls")), /\(\.xls\)/],
  ["plan.xlsb", binaryWorkbook, /\(\.xlsb\)/],
  ["plan.ods", () => fs.readFileSync(path.join(__dirname, "plan.ods")), /\(\.ods\)/],
  ["empty.xlsx", () => Buffer.alloc(0), /is empty/],
];

const arrayBuffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("the CLI and the pane say the same sentence for the same bad file", () => {
  it.each(FILES)("%s", async (name, make, says) => {
    const bytes = make();
    const file = path.join(scratch, name);
    fs.writeFileSync(file, bytes);
    const cli = await loadUserWorkbook(file, []).then(() => null, (error: Error) => error.message);
    const pane = await paneLoad(name, arrayBuffer(bytes)).then(() => null, (error: unknown) => error);
    expect(pane).toBeInstanceOf(PaneError);
    expect((pane as PaneError).message).toMatch(says);
    expect(cli).toBe((pane as PaneError).message.replace(`'${name}'`, `'${file}'`));
  });
});
