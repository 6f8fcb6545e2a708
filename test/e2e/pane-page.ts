/**
 * The pane in Chromium, as the browser tests and `npm run screenshots` drive it: the built pane
 * served on 127.0.0.1 with every other request refused (office.js comes from node_modules, or is
 * the Excel stand-in), the steps a user takes found by role and label, and axe run in the page.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page, type Route } from "playwright-core";
import type { StandInSetup } from "./office-stand-in";
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_ENDPOINT, hasChromium } from "./chromium";
import { buildPane, officeJsFile, serve } from "./pane-server";

export { CHROMIUM, hasChromium };

/**
 * Whether the browser tests can run here. Without Chromium it registers one test in place of the
 * describe's: failing in CI, where a missing browser is a broken build and no reason to pass, and
 * skipped elsewhere. Call it first in a describe and return when it says no.
 */
export function chromiumOrSkip(what: string): boolean {
  if (hasChromium) return true;
  (process.env.CI ? it : it.skip)(`needs Chromium at ${CHROMIUM}`, () => {
    throw new Error(`No Chromium at ${CHROMIUM}: ${what} cannot run.`);
  });
  return false;
}
const OFFICE_JS = "https://appsforoffice.microsoft.com/";
/** office.js outside Office asks for its own telemetry frame; it is refused like the rest. */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

/** Office's Black theme, as Office.context.officeTheme reports it. */
export const OFFICE_DARK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#444444", controlForegroundColor: "#FFFFFF" };

/** The built pane, served, and a Chromium whose pages can reach nothing else. */
export interface PaneBrowser {
  origin: string;
  context: BrowserContext;
  /** Requests refused because they would have left the machine (office.js's telemetry aside). */
  blocked: string[];
  /** Every request the pages made, in order: what the pane fetched, and when. */
  requested: string[];
  /** A page of the pane in a plain browser, at `width` px, in light or dark. */
  browserPage(options: { width: number; height?: number; dark?: boolean }): Promise<Page>;
  /** A page of the pane in Excel, office.js stood in by a fake workbook holding `setup`. */
  excelPage(setup: StandInSetup, options: { width: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * How long a file's `startPaneBrowser` may take. `npm test` builds the pane before jest starts
 * (test/e2e/build-pane.ts), and then starting takes a second or two; a browser test run on its
 * own after a change to the pane builds it here first, tens of seconds on a busy machine. Only
 * this hook gets the time: the tests themselves keep jest's limit.
 */
export const PANE_START_MS = 180_000;

export async function startPaneBrowser(): Promise<PaneBrowser> {
  const work = mkdtempSync(path.join(tmpdir(), "pane-page-"));
  const dist = path.join(work, "dist");
  const { standIn } = await buildPane(dist);
  const { server, origin }: { server: Server; origin: string } = await serve(dist);
  // A US-English browser: the pane's dates must read day first whatever the browser's language.
  const contextOptions = { acceptDownloads: true, locale: "en-US" };
  // Under jest, the run's one Chromium (test/jest/browser-setup.ts) and a context of this file's
  // own; elsewhere (npm run screenshots), a Chromium of its own.
  const endpoint = process.env[CHROMIUM_ENDPOINT];
  const shared = endpoint ? await chromium.connect(endpoint) : undefined;
  const context = shared
    ? await shared.newContext(contextOptions)
    : await chromium.launchPersistentContext(path.join(work, "profile"), { executablePath: CHROMIUM, headless: false, args: CHROMIUM_ARGS, ...contextOptions });
  const blocked: string[] = [];
  const requested: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_JS)) {
      const file = officeJsFile(url);
      return file ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.fulfill({ status: 404 });
    }
    if (!url.startsWith(OFFICE_TELEMETRY)) blocked.push(url);
    return route.abort();
  });

  // The file's one tab, loaded afresh for each page the tests ask for. A new tab costs Chromium
  // about three times the CPU of loading the pane again in the tab it has (a renderer process
  // started, and the pane's 5 MB of script compiled, each time); a load starts the pane anew all
  // the same, and the context's storage is shared by its tabs either way.
  let tab: Page | undefined;
  /** The route serving the office.js stand-in to the tab, while it shows the pane in Excel. */
  let standInRoute: ((route: Route) => Promise<void>) | undefined;
  const paneTab = async (width: number, height: number, dark: boolean) => {
    if (!tab || tab.isClosed()) {
      tab = await context.newPage();
      tab.on("pageerror", (error) => console.error(`page error: ${error.message}`));
      // Playwright begins intercepting a page's file choosers when the page first has a listener
      // for them, in a message it does not wait for: a key pressed straight after
      // waitForEvent("filechooser") could open the chooser before, and then no event ever comes
      // (what a focus test's Space on the open button did in two fresh-clone runs). Listening from
      // the page's start leaves no such race; each test still waits for its own chooser.
      tab.on("filechooser", () => undefined);
    }
    if (standInRoute) await tab.unroute(`${OFFICE_JS}**`, standInRoute);
    standInRoute = undefined;
    await tab.setViewportSize({ width, height });
    await tab.emulateMedia({ colorScheme: dark ? "dark" : "light" });
    return tab;
  };
  /** Loads the pane in the tab and waits until it is ready to open a workbook. */
  const loadPane = async (page: Page) => {
    await page.goto(`${origin}/taskpane.html`);
    await paneIdle(page);
    // Ready to open a workbook: the file input drawn and enabled. Idle alone can come just
    // before it is, and Space or Enter on a control still disabled opens no file chooser.
    await page.waitForFunction(() => {
      const input = document.querySelector("input[type=file]") as HTMLInputElement | null;
      return input !== null && !input.disabled;
    }, undefined, POLL);
    return page;
  };
  const standInSource = readFileSync(standIn, "utf8");

  return {
    origin,
    context,
    blocked,
    requested,
    async browserPage({ width, height = 900, dark = false }) {
      return loadPane(await paneTab(width, height, dark));
    },
    async excelPage(setup, { width, height = 900 }) {
      const page = await paneTab(width, height, false);
      // A page's routes come before the context's: this page gets the stand-in for office.js,
      // handed the workbook it stands in for ahead of its own code.
      const body = `window.__officeStandIn = ${JSON.stringify(setup)};\n${standInSource}`;
      standInRoute = (route) => route.fulfill({ body, contentType: "text/javascript" });
      await page.route(`${OFFICE_JS}**`, standInRoute);
      return loadPane(page);
    },
    async close() {
      await context.close();
      // Disconnects from the run's Chromium; the teardown closes it.
      await shared?.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * A page for a describe's steps: opened by `open` before the first (which also hands it to the
 * describe, by assigning the describe's own variable). The steps a user takes then run in order
 * on one page, each a test with its own assertions. The page is the file's one tab (see
 * startPaneBrowser), which the next describe loads afresh and closing the context closes.
 */
export function pageForSteps(open: () => Promise<Page>): void {
  beforeAll(async () => {
    await open();
  });
}

/**
 * How the browser tests wait for a condition in the page: tested every 50 ms. Playwright's
 * default tests it on every animation frame, which keeps Chromium drawing frames (renderer, GPU
 * and browser process) for as long as the wait lasts.
 */
export const POLL = { polling: 50 };

/** Resolves once the pane has started and finished what it was doing (it says so with aria-busy). */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false", undefined, POLL);
}

/** The control that opens a workbook: a native input or a button in front of one, by its label. */
export const openControl = (page: Page) => page.getByLabel(/Open workbook/).or(page.getByRole("button", { name: /Open workbook|Open another workbook|Choose a workbook|Open a workbook/ })).first();

/**
 * Opens a workbook in the browser pane as the user does, through the file chooser of the
 * "Open workbook" control; `activate` presses it, by default a click. Should the control be
 * named otherwise, the pane's first file input is handed the file, so that a new label does not
 * stop the screenshots.
 */
export async function openWorkbook(page: Page, file: string, activate?: () => Promise<void>): Promise<void> {
  const control = openControl(page);
  if (!activate && (await control.count()) === 0) {
    await page.locator("input[type=file]").first().setInputFiles(file);
  } else {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), activate ? activate() : control.click()]);
    await chooser.setFiles(file);
  }
  await page.getByRole("button", { name: "Check plan" }).waitFor();
  await paneIdle(page);
}

/** The source of axe-core, the one jest-axe runs under jsdom, injected into the page instead. */
const AXE_SOURCE = readFileSync(createRequire(require.resolve("jest-axe")).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's WCAG 2.1 A and AA rules on the pane as it is shown now, colour contrast included (which
 * jsdom cannot judge), or on the part of it `within` selects: what a step changed, when the rest
 * is checked elsewhere (colour contrast, most of axe's time, grows with the text it is run on).
 * Each violation is one line: its rule and the elements it found.
 */
export async function axeViolations(page: Page, within = "body"): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    // Tabster's focus sentinels (Fluent's arrow-key navigation) are aria-hidden yet focusable by
    // design: focus landing on one is moved on at once, and nothing is read from them.
    const context = { include: [[within]], exclude: [["[data-tabster-dummy]"]] };
    const { violations } = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, within);
}
