import { readWorksheet } from "../../adapters/office";
import { PaneError } from "../errors";
import type { Host, SheetList } from "../host";
import { documentSettings } from "../settings";

/** Until the Office writer exists, writing says so instead of appearing to do nothing. */
const NOT_YET =
  "Writing to the workbook from inside Excel is not available yet. To get the summary sheets now, open the pane in a web browser, open this workbook there and download the checked copy.";

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

/** The pane inside Excel: reads through Office.js, keeps settings in the workbook. */
export function createExcelHost(): Host {
  return {
    kind: "excel",
    async listSheets(): Promise<SheetList> {
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const active = sheets.getActiveWorksheet();
        active.load("name");
        await context.sync();
        return { names: sheets.items.map((sheet) => sheet.name), active: active.name };
      });
    },
    readSheet: (name) => onSheet(name, (context, sheet) => readWorksheet(context, sheet)),
    selectCell: (name, cell) =>
      onSheet(name, async (context, sheet) => {
        sheet.activate();
        sheet.getRange(cell).select();
        await context.sync();
      }),
    async writeSummary() {
      throw new PaneError(NOT_YET);
    },
    async clearHighlights() {
      throw new PaneError(NOT_YET);
    },
    settings: documentSettings(Office.context.document.settings),
  };
}
