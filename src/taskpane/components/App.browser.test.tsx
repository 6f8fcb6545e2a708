/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane outside Excel, on the browser host. Node's export conditions because ExcelJS's
 * dependency uuid ships ES modules under "browser" that jest cannot load.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { markChecked, readGrids, XlsxWorkbook } from "../../adapters/xlsx";
import { checkWorkbook } from "../../engine";
import { createBrowserHost } from "../hosts/browser-host";
import { localStorageSettings } from "../settings";
import { buttonNamed, checkButton, enabledButton, exampleFile, idle, memorySettings, queryButtonNamed, renderPane, results, setupUser } from "./pane-test-kit";

/** The input is disabled while the pane starts up (loading settings), as every input is while it works. */
const openInput = async () => {
  await idle();
  return screen.getByLabelText("Open workbook");
};

describe("the pane in a browser", () => {
  it("offers Open workbook and, for a file that is not a workbook, says so plainly in a MessageBar", async () => {
    // A user can pick "All files" in the browser's file dialog, so the accept filter is no guard.
    const user = setupUser({ applyAccept: false });
    renderPane(createBrowserHost({ settings: memorySettings() }));
    await user.upload(await openInput(), new File(["No.,Action\n1,Do it\n"], "plan.csv", { type: "text/csv" }));
    await idle();
    const message = screen.getByText(/^'plan\.csv' is not an Excel workbook \(\.xlsx\)\. Open it in Excel, save it as/);
    expect(message.closest("[role=group], .fui-MessageBar")).toBeTruthy();
    expect(queryButtonNamed("Check plan")).toBeNull();
  });

  it("opens an uploaded workbook, checks it, shows a finding's row and downloads the checked copy", async () => {
    const example = await exampleFile();
    const saved: Array<{ name: string; bytes: ArrayBuffer }> = [];
    const host = createBrowserHost({ settings: memorySettings(), save: (bytes, name) => void saved.push({ name, bytes }) });
    const user = setupUser();
    renderPane(host);
    await user.upload(await openInput(), new File([new Uint8Array(example.buffer)], "lac-progress-2016.xlsx"));
    await user.click(await checkButton());
    const region = await results();
    const finding = within(within(region).getByRole("tabpanel")).getAllByRole("button").filter((b) => /^[A-Z]+\d+/.test(b.textContent ?? ""))[0];
    const row = finding.textContent?.match(/^[A-Z]+(\d+)/)?.[1];
    await user.click(finding);
    // The row opens under the finding clicked, not at the top of the tab, and takes the focus.
    const preview = within(region).getByRole("region", { name: `Row ${row} of ${example.grids[0].name}` });
    expect(finding.closest("li")?.contains(preview)).toBe(true);
    expect(document.activeElement).toBe(preview);
    await user.click(buttonNamed("Download checked workbook", region));
    await idle();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("lac-progress-2016 (checked).xlsx");
    const { workbook } = readGrids(new Uint8Array(saved[0].bytes));
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining([example.grids[0].name, "Board summary", "Savings", "Actions"]));
  });
});

describe("Clear in the browser", () => {
  it("offers the cleared workbook for download: the file as it was before any check, not a new check", async () => {
    const example = await exampleFile();
    const checked = XlsxWorkbook.open(example.buffer);
    markChecked(checked, checkWorkbook(example.grids, { today: "2026-11-23", locale: "en-GB" }));
    const saved: Array<{ name: string; bytes: ArrayBuffer }> = [];
    const user = setupUser();
    renderPane(createBrowserHost({ settings: memorySettings(), save: (bytes, name) => void saved.push({ name, bytes }) }));
    await user.upload(await openInput(), new File([new Uint8Array(checked.save())], "lac (checked).xlsx"));
    await idle();
    expect(queryButtonNamed("Download the cleared workbook")).toBeNull();
    await user.click(await enabledButton("Clear highlights"));
    const dialog = within(await screen.findByRole("dialog", { hidden: true }));
    await user.click(dialog.getByRole("button", { name: "Clear", hidden: true }));
    await idle();
    expect(screen.getByText(/summary sheets were removed\. Use Download the cleared workbook to save it\./)).toBeTruthy();
    await user.click(await enabledButton("Download the cleared workbook"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("lac (checked) (cleared).xlsx");
    const cleared = readGrids(new Uint8Array(saved[0].bytes));
    expect(cleared.workbook.book.sheets.map((s) => s.name)).toEqual([example.grids[0].name]);
    // Every cell back as the user made it: the checker's fills and notes gone.
    expect(cleared.grids).toEqual(example.grids);
  });
});

describe("the first screen in the browser", () => {
  it("opens the bundled example plan from Try it on an example", async () => {
    const example = await exampleFile();
    const user = setupUser();
    renderPane(createBrowserHost({ settings: memorySettings(), example: async () => new File([new Uint8Array(example.buffer)], "lac-progress-2016.xlsx") }));
    await user.click(await enabledButton("Try it on an example"));
    await idle();
    expect(screen.getByText("Open: lac-progress-2016.xlsx")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Sheet" }).textContent).toBe(example.grids[0].name);
    expect(queryButtonNamed("Try it on an example")).toBeNull();
  });
});

describe("the escalation rule in the browser", () => {
  it("is remembered for the workbook it was picked for, never carried to the next", async () => {
    const example = await exampleFile();
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    const user = setupUser();
    renderPane(createBrowserHost({ settings: localStorageSettings(storage) }));
    const open = async (name: string) => {
      await user.upload(await openInput(), new File([new Uint8Array(example.buffer)], name));
      await idle();
    };
    const rule = () => screen.getByRole("combobox", { name: "Escalation rule" }).textContent;

    await open("finance-plan.xlsx");
    const preset = rule();
    await user.click(screen.getByRole("combobox", { name: "Escalation rule" }));
    await user.click(within(await screen.findByRole("listbox")).getByText("Every item rated Red or Amber for action"));
    expect(rule()).toBe("Every item rated Red or Amber for action");

    await open("another-plan.xlsx");
    expect(rule()).toBe(preset);
    expect(queryButtonNamed("Reset to the default rule")).toBeNull();

    await open("finance-plan.xlsx");
    expect(rule()).toBe("Every item rated Red or Amber for action");
    await user.click(buttonNamed("Reset to the default rule"));
    expect(rule()).toBe(preset);
    await open("finance-plan.xlsx");
    expect(rule()).toBe(preset);
  });
});
