/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane outside Excel, in a file of its own: a fresh jsdom, since a long run of the Excel
 * host's tests before it made this one several times slower. Node's export conditions because
 * ExcelJS's dependency uuid ships ES modules under "browser" that jest cannot load.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readGrids } from "../../adapters/xlsx";
import { createBrowserHost } from "../hosts/browser-host";
import { checkButton, memorySettings, renderPane, seedFile, SLOW } from "./pane-test-kit";

/** The input is disabled while the pane starts up (loading settings), as every input is while it works. */
const openInput = async () => {
  const input = screen.getByLabelText("Open workbook");
  await waitFor(() => expect(input).toHaveProperty("disabled", false));
  return input;
};

describe("the pane in a browser", () => {
  it("offers Open workbook and, for a file that is not a workbook, says so plainly in a MessageBar", async () => {
    // A user can pick "All files" in the browser's file dialog, so the accept filter is no guard.
    const user = userEvent.setup({ applyAccept: false });
    renderPane(createBrowserHost({ settings: memorySettings() }));
    await user.upload(await openInput(), new File(["No.,Action\n1,Do it\n"], "plan.csv", { type: "text/csv" }));
    const message = await screen.findByText(/^'plan\.csv' is not an Excel workbook \(\.xlsx\)\. Open it in Excel, save it as/, {}, SLOW);
    expect(message.closest("[role=group], .fui-MessageBar")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Check plan" })).toBeNull();
  });

  it("opens an uploaded workbook, checks it, shows a finding's row and downloads the checked copy", async () => {
    const seed = await seedFile();
    const saved: Array<{ name: string; bytes: ArrayBuffer }> = [];
    const host = createBrowserHost({ settings: memorySettings(), save: (bytes, name) => void saved.push({ name, bytes }) });
    const user = userEvent.setup();
    renderPane(host);
    await user.upload(await openInput(), new File([new Uint8Array(seed.buffer)], "lac-progress-2016.xlsx"));
    await user.click(await checkButton());
    await screen.findByRole("region", { name: "Results" }, SLOW);
    const finding = screen.getAllByRole("button", { name: /^[A-Z]+\d+ / })[0];
    const row = finding.textContent?.match(/^[A-Z]+(\d+)/)?.[1];
    await user.click(finding);
    expect(screen.getByRole("region", { name: `Row ${row} of ${seed.grids[0].name}` })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Download checked workbook" }));
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    expect(saved[0].name).toBe("lac-progress-2016 (checked).xlsx");
    const { workbook } = readGrids(new Uint8Array(saved[0].bytes));
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining([seed.grids[0].name, "Board summary", "Savings", "Actions"]));
  }, 90_000);
});
