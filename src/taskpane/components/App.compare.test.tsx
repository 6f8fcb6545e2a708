/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * "Compare with…" in the pane: seed 004's June tab checked against its May tab, in one workbook
 * or in a file of its own read in the pane.
 */
import { screen, within } from "@testing-library/react";
import { readGrids } from "../../adapters/xlsx";
import type { Grid } from "../../engine";
import { juneAndMay, oneTabAMonth } from "../../../test/compare/seed-004-may";
import { readOtherWorkbook } from "../hosts/other-workbook";
import { toBuffer } from "../../../test/fixtures/seed-workbooks";
import { checkButton, fakeExcelHost, idle, renderPane, results, setupUser } from "./pane-test-kit";

let grids: Grid[];
let juneGrids: Grid[];
let mayFile: Buffer;
beforeAll(async () => {
  grids = readGrids(await toBuffer(oneTabAMonth())).grids;
  const { june, may } = juneAndMay();
  juneGrids = readGrids(await toBuffer(june)).grids;
  mayFile = await toBuffer(may);
});

describe("Compare with… in the pane", () => {
  it("checks against another tab of the workbook and shows what moved in the Changes tab", async () => {
    const [june, may] = grids;
    const read: string[] = [];
    const { host } = fakeExcelHost(grids);
    const user = setupUser();
    renderPane({ ...host, readSheet: async (name) => (read.push(name), host.readSheet(name)) });
    await idle();
    await user.click(screen.getByRole("combobox", { name: /Compare with an earlier version/ }));
    // The sheet being checked is not offered as its own earlier version.
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Nothing: this version alone", may.name]);
    await user.click(screen.getByRole("option", { name: may.name }));
    await user.click(await checkButton());
    const region = await results();
    expect(read.slice(-2)).toEqual([june.name, may.name]);
    expect(within(region).getByRole("tab", { name: "Changes" }).getAttribute("aria-selected")).toBe("true");
    const panel = within(region).getByRole("tabpanel");
    expect(within(panel).getByText(/^Since/).textContent).toMatch(new RegExp(`^Since ‘${may.name}’ in workbook\\.xlsx.*: 7 changes\\.$`));
    const worse = within(within(panel).getByRole("region", { name: "Worse" })).getAllByRole("listitem");
    expect(worse.map((li) => li.textContent?.split(" ·")[0])).toEqual(["2.1"]);
    expect(within(within(panel).getByRole("region", { name: "New" })).getAllByRole("listitem")[0].textContent).toMatch(/^4\.8/);
  });

  it("checks against a sheet of another .xlsx file, read in the pane", async () => {
    const opened: string[] = [];
    const { host } = fakeExcelHost(juneGrids);
    const user = setupUser();
    renderPane({ ...host, readOtherWorkbook: async (file) => (opened.push(file.name), readOtherWorkbook(file)) });
    await idle();
    await user.upload(screen.getByLabelText("Earlier version file"), new File([new Uint8Array(mayFile)], "LAC progress May.xlsx"));
    await idle();
    expect(opened).toEqual(["LAC progress May.xlsx"]);
    expect(screen.getByText("'LAC progress May.xlsx' was read here, not uploaded. Check plan now compares with its sheet 'LAC Progress May-16'.")).toBeTruthy();
    // The file's only sheet is chosen at once: one file a month has one version in it.
    expect(screen.getByRole("combobox", { name: /Compare with an earlier version/ }).textContent).toBe("LAC Progress May-16 (LAC progress May.xlsx)");
    await user.click(await checkButton());
    const panel = within(await results()).getByRole("tabpanel");
    expect(within(panel).getByText(/^Since/).textContent).toMatch(/^Since ‘LAC Progress May-16’ in LAC progress May\.xlsx.*: 7 changes\.$/);
    expect(within(within(panel).getByRole("region", { name: "Worse" })).getAllByRole("listitem").map((li) => li.textContent?.split(" ·")[0])).toEqual(["2.1"]);
  });

  it("says in a sentence when the other file is not a workbook", async () => {
    const { host } = fakeExcelHost(juneGrids);
    // As a user who picks "All files" in the chooser: the input's accept list is a hint, not a guard.
    const user = setupUser({ applyAccept: false });
    renderPane({ ...host, readOtherWorkbook });
    await idle();
    await user.upload(screen.getByLabelText("Earlier version file"), new File(["No.,Action"], "may.csv"));
    await idle();
    expect(screen.getByText(/'may\.csv' is not an Excel workbook/)).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Compare with an earlier version/ }).textContent).toBe("Nothing: this version alone");
  });
});
