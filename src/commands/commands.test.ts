/**
 * The ribbon's Check plan on the fake Excel: it checks the active sheet with what the user chose
 * in the pane and the pane kept in the workbook's settings (the columns chosen by hand, the
 * escalation rule), as the pane's own Check plan does.
 */
import { LAST_ERROR_SETTING } from "../adapters/office";
import { LAYOUTS_KEY, SETTINGS_KEY } from "../adapters/stored-settings";
import { BOARD_SUMMARY_LAYOUT, BOARD_SUMMARY_SHEET, boardSummaryGrid } from "../../test/fixtures/board-summary";
import { FakeWorkbookModel, installExcelRunStub, installOfficeStub, removeExcelRunStub, sheetFromGrid } from "../../test/fakes/excel-fake";

type Command = (event: { completed: () => void }) => Promise<void>;

/** Loads the command file as Excel does, on a workbook holding the board summary; gives the Check plan it registers. */
async function ribbon(stored: Record<string, unknown>) {
  const model = new FakeWorkbookModel();
  sheetFromGrid(model, boardSummaryGrid());
  const settings = installOfficeStub("1.20");
  for (const [key, value] of Object.entries(stored)) settings.set(key, value);
  installExcelRunStub(model);
  const commands = new Map<string, Command>();
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  Object.assign(office, {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, command: Command) => void commands.set(name, command) },
  });
  await jest.isolateModulesAsync(async () => {
    await import("./commands");
  });
  const checkPlan = commands.get("checkPlan")!;
  let completed = 0;
  await checkPlan({ completed: () => void completed++ });
  expect(completed).toBe(1);
  return { model, settings };
}

/** The notes the check left on the plan, by cell: one per finding. */
function notedCells(model: FakeWorkbookModel): string[] {
  const plan = model.sheet(BOARD_SUMMARY_SHEET)!;
  return [...plan.notes.keys()].map((key) => {
    const [row, col] = key.split(",").map(Number);
    return `${String.fromCharCode(65 + col)}${row + 1}`;
  }).sort();
}

afterEach(() => {
  removeExcelRunStub();
  Reflect.deleteProperty(globalThis, "Office");
});

describe("the ribbon's Check plan", () => {
  it("reads the sheet with the header row and columns the user chose in the pane", async () => {
    const { model, settings } = await ribbon({ [LAYOUTS_KEY]: { [BOARD_SUMMARY_SHEET]: BOARD_SUMMARY_LAYOUT } });
    expect(settings.get(LAST_ERROR_SETTING)).toBeUndefined();
    // The pane's check of the same sheet with the same columns finds D6, D9, C7 and D8.
    expect(notedCells(model)).toEqual(["C7", "D6", "D8", "D9"]);
  });

  it("without them, finds no actions on the sheet to mark", async () => {
    const { model } = await ribbon({});
    expect(notedCells(model)).toEqual([]);
  });

  it("escalates by the rule the user picked in the pane", async () => {
    const layouts = { [LAYOUTS_KEY]: { [BOARD_SUMMARY_SHEET]: BOARD_SUMMARY_LAYOUT } };
    const byDefault = await ribbon(layouts);
    const picked = await ribbon({ ...layouts, [SETTINGS_KEY]: { escalate: "all-red-amber" } });
    const boardList = (model: FakeWorkbookModel) => [...model.sheet("Board summary")!.cells.values()].map((cell) => String(cell.value ?? "")).filter((text) => /^QS\/24/.test(text));
    expect(boardList(byDefault.model)).toEqual([]);
    // Every Red or Amber item: the falls bundle, sepsis, complaints, safeguarding and discharge.
    expect(boardList(picked.model)).toHaveLength(5);
  });
});
