/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The pane in Excel, on a fake host holding the example plan. Node's export conditions, not
 * jsdom's "browser": the example is read with ExcelJS, whose dependency uuid ships ES modules
 * under "browser" that jest cannot load.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { Grid } from "../../engine";
import { PaneError } from "../errors";
import type { Host } from "../host";
import { buttonNamed, checkButton, checkThePlan, enabledButton, exampleFile, fakeExcelHost as fakeHostOf, idle, memorySettings, queryButtonNamed, renderPane, results, setupUser } from "./pane-test-kit";

expect.extend(toHaveNoViolations);

let grids: Grid[];
beforeAll(async () => {
  grids = (await exampleFile()).grids;
});

const fakeExcelHost = (overrides: Partial<Host> = {}) => fakeHostOf(grids, overrides);

const PROTECTED = 'The sheet "LAC Progress" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again.';

/** A finding's button starts with its cell; no name filter, which would cost a name computation per button. */
const findingButtons = (region: HTMLElement) =>
  within(within(region).getByRole("tabpanel")).getAllByRole("button").filter((b) => /^[A-Z]+\d+/.test(b.textContent ?? ""));

/**
 * The Clear highlights dialog, found whether or not jsdom's copy of Fluent's focus trap (tabster)
 * has marked it aria-hidden: after a dialog in an earlier test, tabster can leave the next one
 * hidden under jsdom, which no browser shows (the Chromium test finds it by role as users do).
 */
const clearDialog = async () => within(await screen.findByRole("dialog", { hidden: true }));

/** Opens a Fluent dropdown by its label and picks an option by its text. */
async function pick(user: ReturnType<typeof setupUser>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(within(await screen.findByRole("listbox")).getByText(option));
}

describe("the pane in Excel", () => {
  it("shows the as-of date the sheet gives, with its source, before any check", async () => {
    renderPane(fakeExcelHost().host);
    await idle();
    expect(screen.getByText(/^29 Jun 2016: the sheet's reporting date\. Type dd\/mm\/yyyy/)).toBeTruthy();
    expect(screen.getByLabelText("As-of date")).toHaveProperty("value", "29/06/2016");
  });

  it("has no accessibility violations once checked, with the ribbon's failure shown", async () => {
    // One axe run over the fullest pane: the form, a MessageBar and the results.
    const { host } = fakeExcelHost({ commandError: { read: async () => "Check plan failed: RichApi.Error.", dismiss: async () => undefined } });
    const { view } = await checkThePlan(host);
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it("checks the plan and lists seed 004's escalations 2.1, 2.2 and 4.7 under the rule that picked them", async () => {
    const { user, results: region } = await checkThePlan(fakeExcelHost().host);
    const summary = within(region).getByRole("region", { name: "Check summary" });
    expect(within(summary).getByText(/for escalation/).textContent).toContain("3 for escalation");
    // The board list's disagreement is said without the whole rule again in brackets.
    expect(within(region).getByText(/^Item 2\.4 is on the sheet's board list/).textContent).toBe(
      "Warning: Item 2.4 is on the sheet's board list (A13) but the escalation rule does not pick it: take it off the list, or check its RAG and saving.",
    );
    await user.click(within(region).getByRole("tab", { name: "Escalations" }));
    const list = within(region).getByRole("list", { name: "Items for escalation" });
    const ids = within(list).getAllByRole("listitem").map((li) => li.textContent?.split(/(?=Amber|Red|Green|Blue|No RAG)/)[0]);
    expect(ids).toEqual(["2.1", "2.2", "4.7"]);
    expect(screen.getByText(/^Rule: Items rated Red or Amber for action that have a saving attached/)).toBeTruthy();
    expect(within(list).getByText("£2,100,000")).toBeTruthy();
  });

  it("shows savings in pounds, and slippage with en-GB dates, each step's text and a link to its cell", async () => {
    const { host, calls } = fakeExcelHost();
    const { user, results: region } = await checkThePlan(host);
    await user.click(within(region).getByRole("tab", { name: "Savings" }));
    expect(screen.getByText("Total savings: £4,380,000")).toBeTruthy();
    await user.click(within(region).getByRole("tab", { name: "Slippage" }));
    expect(screen.getByText("10 steps slipped · 12 overdue")).toBeTruthy();
    expect(screen.getAllByText(/^Target \d{1,2} [A-Z][a-z]{2} \d{4}/).length).toBeGreaterThan(0);
    const step = within(screen.getByRole("list", { name: "Slipped and overdue steps" })).getAllByRole("listitem")[0];
    expect(within(step).getByText(/^Step: \S/)).toBeTruthy();
    const link = within(step).getByRole("button", { name: /^Select cell [A-Z]+\d+$/ });
    await user.click(link);
    await waitFor(() => expect(calls).toContain(`select ${grids[0].name}!${link.textContent?.replace("Select cell ", "")}`));
  });

  it("selects a finding's cell in Excel when the finding is clicked", async () => {
    const { host, calls } = fakeExcelHost();
    const { user, results: region } = await checkThePlan(host);
    const finding = findingButtons(region)[0];
    const cell = finding.textContent?.match(/^[A-Z]+\d+/)?.[0];
    await user.click(finding);
    await waitFor(() => expect(calls).toContain(`select ${grids[0].name}!${cell}`));
  });

  it("asks before clearing highlights, and Cancel clears nothing", async () => {
    const { host, calls } = fakeExcelHost();
    const user = setupUser();
    renderPane(host);
    await user.click(await enabledButton("Clear highlights"));
    const dialog = await clearDialog();
    expect(dialog.getByText("Clear highlights?")).toBeTruthy();
    await user.click(dialog.getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(calls).not.toContain("clear");
  });

  it("clears on Clear and says what went", async () => {
    const { host, calls } = fakeExcelHost();
    const user = setupUser();
    renderPane(host);
    await user.click(await enabledButton("Clear highlights"));
    await user.click((await clearDialog()).getByRole("button", { name: "Clear", hidden: true }));
    await idle();
    expect(calls).toContain("clear");
    expect(screen.getByText("The checker's highlights, notes and summary sheets were removed.")).toBeTruthy();
  });

  it("turns an unexpected failure into a sentence that says what to do", async () => {
    const { host } = fakeExcelHost({
      readSheet: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'values')\n    at readWorksheet (read-worksheet.ts:12:3)");
      },
    });
    renderPane(host);
    await idle();
    const message = screen.getByText(/^Could not open the pane/);
    expect(message.textContent).toContain("Try again");
    expect(message.textContent).not.toContain("read-worksheet.ts");
  });
});

describe("the user's choices", () => {
  it("saves the escalation rule the user picks, and re-checks with it", async () => {
    const settings = memorySettings();
    const { user } = await checkThePlan(fakeExcelHost({ settings }).host);
    await user.click(buttonNamed("▸ Settings: columns, escalation rule, checks"));
    await pick(user, "Escalation rule", "Every item rated Red or Amber for action");
    expect(settings.saved.at(-1)?.escalate).toBe("all-red-amber");
    await user.click(await checkButton());
    await user.click(within(await results()).getByRole("tab", { name: "Escalations" }));
    expect(screen.getByText("Rule: Every item rated Red or Amber for action.")).toBeTruthy();    // A rule picked for one workbook can be put back to the default.
    await user.click(buttonNamed("▸ Settings: columns, escalation rule, checks"));
    await user.click(buttonNamed("Reset to the default rule"));
    expect(settings.saved.at(-1)?.escalate).toBe("red-amber-with-saving");
  });

  it("says when one column is mapped to two roles, and resets to the columns found", async () => {
    const user = setupUser();
    renderPane(fakeExcelHost().host);
    await idle();
    await user.click(screen.getByRole("button", { name: /^Columns \(\d+ found\)/ }));
    const actionRag = screen.getByLabelText("Action RAG").textContent ?? "";
    await pick(user, "Savings RAG", actionRag);
    expect(screen.getByText("This column is also read as Action RAG.")).toBeTruthy();
    await user.click(buttonNamed("Use the columns found"));
    expect(screen.queryByText(/This column is also read as/)).toBeNull();
    expect(queryButtonNamed("Use the columns found")).toBeNull();
  });

  it("runs a check with a column mapped by hand", async () => {
    const { user } = await checkThePlan(fakeExcelHost().host);
    // Checking folded the settings away and brought the results up, focused.
    expect(document.activeElement?.textContent).toBe("Results");
    expect(screen.queryByLabelText("Escalation rule")).toBeNull();
    await user.click(buttonNamed("▸ Settings: columns, escalation rule, checks"));
    await user.click(screen.getByRole("button", { name: /^Columns \(\d+ found\)/ }));
    expect(screen.getByText("No RAG: 2")).toBeTruthy();
    await pick(user, "Action RAG", "Not used");
    await user.click(await checkButton());
    await results();
    // Without its Action RAG column every one of the plan's 33 items has no RAG.
    expect(screen.getByText("No RAG: 33")).toBeTruthy();
  });
});

describe("what the ribbon, the writer and the clearer report", () => {
  it("shows the ribbon's last failure in plain English and forgets it when dismissed", async () => {
    const dismissed: string[] = [];
    const { host } = fakeExcelHost({
      commandError: { read: async () => "Check plan failed: RichApi.Error: The request failed.", dismiss: async () => void dismissed.push("dismiss") },
    });
    const user = setupUser();
    renderPane(host);
    await idle();
    expect(screen.getByText("Check plan on the ribbon did not work")).toBeTruthy();
    expect(screen.getByText(/^Check plan on the ribbon could not finish \(RichApi\.Error: The request failed\.\)\. Use Check plan here in the pane/)).toBeTruthy();
    await user.click(buttonNamed("Dismiss"));
    expect(screen.queryByText("Check plan on the ribbon did not work")).toBeNull();
    expect(dismissed).toEqual(["dismiss"]);
  });

  it("adds what the writer says to the notice", async () => {
    const { host } = fakeExcelHost({
      writeSummary: async () => ["This version of Excel cannot add notes to cells (needs ExcelApi 1.18), so the reasons for each highlight are on the summary sheets only."],
    });
    const { user } = await checkThePlan(host);
    await user.click(await enabledButton("Write summary sheets"));
    await idle();
    expect(screen.getByText(/^Summary sheets and highlights written to the workbook\. This version of Excel cannot add notes/)).toBeTruthy();
  });

  it("says when there was nothing to clear", async () => {
    const { host } = fakeExcelHost({ clearHighlights: async () => ({ cleared: false, messages: ["There are no checker results in this workbook to clear."] }) });
    const user = setupUser();
    renderPane(host);
    await user.click(await enabledButton("Clear highlights"));
    await user.click((await clearDialog()).getByRole("button", { name: "Clear", hidden: true }));
    await idle();
    expect(screen.getByText("There are no checker results in this workbook to clear.")).toBeTruthy();
  });

  it("says in plain words when the host cannot write, never with a stack trace", async () => {
    const { host } = fakeExcelHost({
      writeSummary: async () => {
        throw new PaneError(PROTECTED);
      },
    });
    const { user } = await checkThePlan(host);
    await user.click(await enabledButton("Write summary sheets"));
    await idle();
    expect(screen.getByText(PROTECTED)).toBeTruthy();
  });
});

describe("the as-of date", () => {
  it("takes dd/mm/yyyy, steps with the arrow keys and refuses a date that does not exist", async () => {
    const user = setupUser();
    renderPane(fakeExcelHost().host);
    await idle();
    const field = screen.getByLabelText("As-of date");
    expect(field).toHaveProperty("value", "29/06/2016");
    await user.click(field);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(field).toHaveProperty("value", "01/07/2016");
    await user.keyboard("{PageDown}");
    expect(field).toHaveProperty("value", "01/06/2016");

    await user.clear(field);
    await user.type(field, "31/06/2016");
    expect(screen.getByText("Type the date as day/month/year, for example 29/06/2016.")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("button", { name: "Check plan" })).toHaveProperty("disabled", true);

    await user.clear(field);
    await user.type(field, "30/9/16");
    await user.click(await checkButton());
    await results();
    expect(screen.getByText("As of 30 Sep 2016 (your choice)")).toBeTruthy();
  });

  it("goes back to the sheet's date when the field is cleared", async () => {
    const user = setupUser();
    renderPane(fakeExcelHost().host);
    await idle();
    const field = screen.getByLabelText("As-of date");
    await user.clear(field);
    await user.tab();
    expect(field).toHaveProperty("value", "29/06/2016");
    await user.click(await checkButton());
    await results();
    expect(screen.getByText("As of 29 Jun 2016 (the sheet's reporting date)")).toBeTruthy();
  });
});

describe("results never go stale", () => {
  it("marks the results out of date when a setting changes, and writes a fresh check", async () => {
    const written: string[] = [];
    const { host } = fakeExcelHost({
      writeSummary: async (result) => {
        written.push(result.asOf);
        return [];
      },
    });
    const { user } = await checkThePlan(host);
    expect(screen.queryByText("Out of date")).toBeNull();
    const field = screen.getByLabelText("As-of date");
    await user.clear(field);
    await user.type(field, "31/12/2016");
    expect(screen.getByText("Out of date")).toBeTruthy();
    await user.click(await enabledButton("Write summary sheets"));
    await idle();
    expect(written).toEqual(["2016-12-31"]);
    expect(screen.queryByText("Out of date")).toBeNull();
    expect(screen.getByText("As of 31 Dec 2016 (your choice)")).toBeTruthy();
  });
});
