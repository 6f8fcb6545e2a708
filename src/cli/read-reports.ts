import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { z } from "zod";
import { FileErrorReportSchema, ReportSchema, type FileErrorReport, type Report, lazySchema } from "../engine";
import { InputError } from "./load";

/** A line of `check --json`: a report, or the error line of a workbook that could not be read. */
const ReportLineSchema = lazySchema(() => z.union([ReportSchema, FileErrorReportSchema]));

function parseLine(text: string, where: string): Report | FileErrorReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${where} is not JSON. Give the output of 'action-plan check --json', one report or one per line.`);
  }
  const parsed = ReportLineSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  // The report's own issue, not the union's: "sheets.0.items: expected array" says what is wrong.
  const report = ReportSchema.safeParse(json);
  const issue = report.success ? parsed.error.issues[0] : report.error.issues[0];
  const at = issue.path.length ? `${issue.path.join(".")}: ` : "";
  throw new InputError(`${where} is not a report of 'action-plan check --json' (${at}${issue.message}). Make the reports with the same version of action-plan.`);
}

/**
 * The reports in a file, one at a time: a file holding one report as `check FILE --json`
 * prints it (over many lines), or JSON Lines as `check DIR --json` prints them. Lines are
 * read as they come, so a file of thousands of reports is never held whole.
 */
export async function* readReports(file: string): AsyncGenerator<Report | FileErrorReport> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      if (line.trim() === "") continue;
      // One report printed over many lines begins with a line of its own "{".
      if (number === 1 && line.trim() === "{") {
        lines.close();
        stream.destroy();
        yield parseLine(await readFile(file, "utf8"), `'${file}'`);
        return;
      }
      yield parseLine(line, `'${file}' line ${number}`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`Cannot find '${file}'. Check the path and try again.`);
    throw new InputError(`Cannot open '${file}' (${code ?? (error as Error).message}). Check that you may read it.`);
  }
}
