import { readFile } from "node:fs/promises";
import { readWorkbook } from "../adapters/exceljs/read-workbook";
import { UsageError } from "./options";

/** A file that cannot be worked on: exit 2 with this sentence. */
export class InputError extends UsageError {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads the workbook, turning every way a file can be wrong into one plain sentence. */
export async function loadWorkbook(file: string) {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`Cannot find '${file}'. Check the path and try again.`);
    if (code === "EISDIR") throw new InputError(`'${file}' is a folder, not a workbook. Give the path of an .xlsx file.`);
    throw new InputError(`Cannot open '${file}' (${code ?? "unknown error"}). Check that you may read it.`);
  }
  if (data.length === 0) throw new InputError(`'${file}' is empty. Save the workbook again from Excel as .xlsx and retry.`);
  if (!ZIP_MAGIC.every((byte, i) => data[i] === byte)) {
    throw new InputError(`'${file}' is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (.xlsx)".`);
  }
  try {
    return await readWorkbook(data);
  } catch {
    throw new InputError(`'${file}' could not be read as an Excel workbook: it may be damaged or password-protected. Open it in Excel, save a copy as .xlsx and retry.`);
  }
}
