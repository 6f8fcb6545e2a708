import { checkWorkbook, type CheckResult, describeWrite } from "../../engine";
import { StoreUnreadableError } from "../store-format";
import { chosenCheckOptions, savedInWorkbook, type SettingsReader } from "../stored-settings";
import { writeResults, type WriteOutcome } from "./apply-write";
import { readWorksheet, type ReadOptions } from "./read-worksheet";
import { detectExcelFeatures, detectWriteFeatures, missingFeatureNotes, type WriteFeatures } from "./requirements";
import { readWorkbookState, withOwnFills, type WorkbookState } from "./workbook-state";

/** `limits` (from ReadOptions) size every sync of the run: the reads, the writes and the verify. */
export interface CheckAndWriteOptions extends ReadOptions {
  writeFeatures?: WriteFeatures;
  /**
   * The workbook's document settings, where the pane keeps the user's escalation rule, checks and
   * columns chosen by hand: the check uses them, as the pane's would. Absent, the defaults.
   */
  saved?: SettingsReader;
}

export interface CheckAndWriteResult {
  /** Null when Excel could not read the sheet; the outcome says why. */
  check: CheckResult | null;
  outcome: WriteOutcome;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The ribbon's "Check plan": reads the sheet the user is looking at, checks it, and writes the
 * findings into the workbook. Nothing throws: a failure is an outcome with a plain message, and
 * what this Excel lacks (cell colours, merged cells, notes, one undo step) is said in it too.
 */
export async function checkAndWrite(context: Excel.RequestContext, today: string, options: CheckAndWriteOptions = {}): Promise<CheckAndWriteResult> {
  const features = options.features ?? detectExcelFeatures();
  const { limits } = options;
  let state: WorkbookState;
  let check: CheckResult;
  try {
    state = await readWorkbookState(context, undefined, limits);
    const grid = await readWorksheet(context, context.workbook.worksheets.getActiveWorksheet(), { features, limits });
    const chosen = options.saved ? savedInWorkbook(options.saved, grid.name) : null;
    const choices = chosen ? chosenCheckOptions(chosen.settings, chosen.layout, [grid.name]) : {};
    check = checkWorkbook([withOwnFills(grid, state.previous)], { today, locale: "en-GB", ...choices });
  } catch (error) {
    const none = { read: 0, write: 0, verify: 0, rollback: 0 };
    if (error instanceof StoreUnreadableError) return { check: null, outcome: { status: "refused", messages: [error.message], syncs: none } };
    const messages = [`Excel could not read the sheet (${errorText(error)}), so the checker wrote nothing.`];
    return { check: null, outcome: { status: "failed", messages, syncs: { read: 0, write: 0, verify: 0, rollback: 0 } } };
  }
  const description = describeWrite(check, state);
  const writeFeatures = { ...(options.writeFeatures ?? detectWriteFeatures()), ...(limits && { limits }) };
  const outcome = await writeResults(context, description, writeFeatures, { previous: state.previous });
  return { check, outcome: { ...outcome, messages: [...missingFeatureNotes(features), ...outcome.messages] } };
}
