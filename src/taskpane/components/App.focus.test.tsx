/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * Where the focus goes after each step, so that a keyboard user never lands back at the top of
 * the page: Open → Check plan, Check plan → the Results heading, Download → stays on Download,
 * its outcome in a live region; a failed Open or Clear → the message that says what went wrong.
 * (test/e2e/keyboard.e2e.test.ts and failure-focus.e2e.test.ts do the same in Chromium.)
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../engine";
import { PaneError } from "../errors";
import { checkButton, fakeExcelHost, idle, renderPane, setupUser } from "./pane-test-kit";

const text = (row: string[]) => row.map((t) => (t ? { value: t, text: t } : undefined));
/** A short plan, as typed: the focus is the point here, not the findings. */
const grids: Grid[] = [
  {
    name: "Improvement plan",
    rows: [
      ["No.", "Action", "Lead officer", "Target date", "Progress", "RAG"],
      ["1.1", "Recruit two independent reviewing officers", "Head of Safeguarding", "31/03/2025", "One post filled", "Amber"],
      ["1.2", "Audit of care plans for children placed out of area", "", "28/02/2025", "Audit tool agreed", "Green"],
    ].map(text),
    merges: [],
    date1904: false,
  },
];

it("keeps the focus where the user looks next after Open, Check plan and Download", async () => {
  const downloads: string[] = [];
  const { host } = fakeExcelHost(grids, {
    kind: "browser",
    listSheets: async () => null,
    openWorkbook: async () => ({ names: grids.map((g) => g.name), active: grids[0].name }),
    selectCell: undefined,
    downloadWorkbook: async () => void downloads.push("downloaded"),
  });
  const user = setupUser();
  renderPane(host);
  await idle();
  await user.upload(screen.getByLabelText("Open workbook"), new File(["x"], "plan.xlsx"));
  await idle();
  expect(document.activeElement).toBe(await checkButton());

  await user.keyboard("{Enter}");
  await idle();
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Results" }));

  const download = screen.getByRole("button", { name: "Download checked workbook" });
  download.focus();
  await user.keyboard("{Enter}");
  await idle();
  await waitFor(() => expect(downloads).toEqual(["downloaded"]));
  expect(document.activeElement).toBe(download);
  expect(screen.getByText(/^The checked workbook was downloaded\./).closest("[aria-live=polite]")).toBeTruthy();
});

/** The element with the focus holds `message`, and is the pane's error bar. */
function focusIsOn(message: string) {
  const focused = document.activeElement as HTMLElement;
  expect(focused.textContent).toContain(message);
  expect(focused.textContent).toContain("That did not work");
}

it("puts the focus on the message when Open fails", async () => {
  const problem = "'minutes.docx' is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook.";
  const { host } = fakeExcelHost(grids, {
    kind: "browser",
    listSheets: async () => null,
    openWorkbook: async () => {
      throw new PaneError(problem);
    },
  });
  // A user can pick "All files" in the browser's file dialog, so the accept filter is no guard.
  const user = setupUser({ applyAccept: false });
  renderPane(host);
  await idle();
  await user.upload(screen.getByLabelText("Open workbook"), new File(["x"], "minutes.docx"));
  await idle();
  focusIsOn(problem);
});

it("puts the focus on the message when Clear fails", async () => {
  const problem = "The sheet 'Improvement plan' is protected, so nothing was cleared. Unprotect it in Excel (Review › Unprotect Sheet) and clear again.";
  const { host } = fakeExcelHost(grids, {
    clearHighlights: async () => {
      throw new PaneError(problem);
    },
  });
  const user = setupUser();
  renderPane(host);
  await idle();
  await user.click(screen.getByRole("button", { name: "Clear highlights" }));
  const dialog = within(await screen.findByRole("dialog", { hidden: true }));
  await user.click(dialog.getByRole("button", { name: "Clear", hidden: true }));
  await idle();
  focusIsOn(problem);
});
