/**
 * @jest-environment ./test/jsdom/environment.ts
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * Where the focus goes after each step, so that a keyboard user never lands back at the top of
 * the page: Open → Check plan, Check plan → the Results heading, Download → stays on Download,
 * its outcome in a live region. (test/e2e/keyboard.e2e.test.ts does the same in Chromium.)
 */
import { screen, waitFor } from "@testing-library/react";
import type { Grid } from "../../engine";
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
