/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * "Compare with…" in the pane: seed 004's June tab checked against its May tab, one workbook.
 */
import { screen, within } from "@testing-library/react";
import { readGrids } from "../../adapters/xlsx";
import type { Grid } from "../../engine";
import { oneTabAMonth } from "../../../test/compare/seed-004-may";
import { toBuffer } from "../../../test/fixtures/seed-workbooks";
import { checkButton, fakeExcelHost, idle, renderPane, results, setupUser } from "./pane-test-kit";

let grids: Grid[];
beforeAll(async () => {
  grids = (await readGrids(await toBuffer(oneTabAMonth()))).grids;
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
});
