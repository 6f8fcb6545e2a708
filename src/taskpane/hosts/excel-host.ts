import { clearResults, readWorkbookState, readWorksheet, runInExcel, withOwnFills, writeResults } from "../../adapters/office";
import { userSheets } from "../../adapters/user-sheets";
import { describeWrite } from "../../engine";
import { documentCommandError } from "../command-error";
import { PaneError } from "../errors";
import type { Host, SheetList } from "../host";
import { documentSettings } from "../settings";
import { readOtherWorkbook } from "./other-workbook";

/** Excel refuses a sheet name it does not know with ItemNotFound: say which sheet and what to do. */
async function onSheet<T>(name: string, work: (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<T>): Promise<T> {
  try {
    return await Excel.run((context) => work(context, context.workbook.worksheets.getItem(name)));
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "ItemNotFound") {
      throw new PaneError(`The sheet '${name}' is no longer in the workbook. Pick a sheet again.`);
    }
    throw error;
  }
}

/** The pane inside Excel: reads and writes through Office.js, keeps settings in the workbook. */
export function createExcelHost(): Host {
  const settings = Office.context.document.settings;
  return {
    kind: "excel",
    /** Only the user's sheets: the checker's summary sheets and its very hidden store are not for checking. */
    async listSheets(): Promise<SheetList> {
      return Excel.run(async (context) => {
        const active = context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
        const { sheetNames } = await readWorkbookState(context);
        const sheets = context.workbook.worksheets.load("items/name,items/visibility");
        await context.sync();
        const facts = sheets.items.map((sheet) => ({ name: sheet.name, veryHidden: sheet.visibility === "VeryHidden" }));
        const names = userSheets(facts, facts.map((sheet) => sheet.name).filter((name) => !sheetNames.includes(name)));
        return { names, active: names.includes(active.name) ? active.name : (names[0] ?? "") };
      });
    },
    readSheet: (name) =>
      onSheet(name, async (context, sheet) => {
        const { previous } = await readWorkbookState(context);
        return withOwnFills(await readWorksheet(context, sheet), previous);
      }),
    selectCell: (name, cell) =>
      onSheet(name, async (context, sheet) => {
        sheet.activate();
        sheet.getRange(cell).select();
        await context.sync();
      }),
    async writeSummary(check) {
      const outcome = await runInExcel(async (context) => {
        const { sheetNames, takenNames } = await readWorkbookState(context);
        return writeResults(context, describeWrite(check, { sheetNames, takenNames }));
      });
      // The writer takes back what it wrote when it cannot finish, and says so: nothing to add.
      if (outcome.status !== "written") throw new PaneError(outcome.messages.join(" "));
      return outcome.messages;
    },
    async clearHighlights() {
      const outcome = await runInExcel((context) => clearResults(context));
      // A refusal (a protected sheet, a damaged store, Excel stopping) is a failure the user must see as one.
      if (outcome.refused) throw new PaneError(outcome.messages.join(" "));
      return { cleared: outcome.cleared, messages: outcome.messages };
    },
    readOtherWorkbook,
    commandError: documentCommandError(settings),
    settings: documentSettings(settings),
  };
}
