/**
 * `npm run screenshots`: the pane as a user meets it, pictured for docs/. Builds the pane, opens
 * it in Chromium outside Excel at the default task pane's widths (320 and 340 px), light and dark,
 * and saves three states of each: the first screen, the example plan checked, and a finding
 * clicked (its row shown under it). axe runs on every state, and every control must fit the
 * pane's width; any violation fails the run, so a picture in docs/ is never of a pane that fails
 * either.
 *
 * Elements are found by role and label, as a user finds them, so that the script keeps working as
 * the pane's look changes.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { overflows } from "../test/e2e/pane-fit";
import { axeViolations, CHROMIUM, hasChromium, openWorkbook, paneIdle, startPaneBrowser } from "../test/e2e/pane-page";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const DOCS = path.join(ROOT, "docs");
const WIDTHS = [320, 340];
const THEMES = ["light", "dark"] as const;
/** A laptop's pane: tall enough to show what each state is about, short enough to read at a glance. */
const HEIGHT = 800;
/** A finding's button reads "<cell> <severity>: <message>". */
const FINDING = /^[A-Z]+\d+ /;

/** The states, each reached from the one before, in the order the user meets them. */
const STATES: Array<[name: string, reach: (page: Page) => Promise<void>]> = [
  ["first-screen", async () => undefined],
  [
    "checked",
    async (page) => {
      await openWorkbook(page, EXAMPLE);
      await page.getByRole("button", { name: "Check plan" }).click();
      await page.getByRole("heading", { name: "Results" }).waitFor();
      await paneIdle(page);
    },
  ],
  [
    "finding",
    async (page) => {
      await page.getByRole("button", { name: FINDING }).first().click();
      await page.getByRole("region", { name: /^Row \d+ of / }).waitFor();
    },
  ],
];

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) to take the screenshots.`);
  const pane = await startPaneBrowser();
  const failures: string[] = [];
  try {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const page = await pane.browserPage({ width, height: HEIGHT, dark: theme === "dark" });
        for (const [state, reach] of STATES) {
          await reach(page);
          const file = path.join(DOCS, `pane-${state}-${width}-${theme}.png`);
          await page.screenshot({ path: file });
          const violations = await axeViolations(page);
          const cut = await overflows(page);
          failures.push(...[...violations, ...cut].map((v) => `${path.basename(file)}: ${v}`));
          console.log(`${path.relative(ROOT, file)}${violations.length ? `: ${violations.length} axe violation(s)` : ", axe clean"}${cut.length ? `, ${cut.length} control(s) past the edge` : ", fits"}`);
        }
        await page.close();
      }
    }
  } finally {
    await pane.close();
  }
  if (pane.blocked.length) failures.push(`the pane asked to leave the machine: ${pane.blocked.join(", ")}`);
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
