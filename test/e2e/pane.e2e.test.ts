/**
 * The task pane in a real browser, outside Excel: the production bundle served from 127.0.0.1,
 * office.js served from node_modules in place of Microsoft's CDN, and nothing else reachable.
 * It opens the example plan, checks it, reads the escalations and downloads the checked copy.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const EXAMPLE = path.join(ROOT, "examples/lac-progress-2016.xlsx");
const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
const README_SCREENSHOT = path.join(ROOT, "docs/pane.png");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The default task pane is 320–350 px wide: the pane is looked at, and shot, at that width. */
const PANE = { width: 340, height: 1000 };

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

/** The same webpack config the add-in ships with, built into a temporary folder. */
async function buildPane(outDir: string): Promise<void> {
  const factory = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({}, { mode: "production" });
  // Minifying takes most of the build's time and changes nothing this test looks at.
  const built: Configuration = { ...config, context: ROOT, output: { ...config.output, path: outDir }, optimization: { ...config.optimization, minimize: false } };
  await new Promise<void>((resolve, reject) =>
    webpack(built).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

/** A static server for the built pane on 127.0.0.1, on a port the system picks. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(name).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** office.js and the files it loads, from the npm package instead of appsforoffice.microsoft.com. */
function officeJsFile(url: string): string | null {
  const rest = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.join(OFFICE_JS_DIR, path.normalize(rest));
  return file.startsWith(OFFICE_JS_DIR) && existsSync(file) && statSync(file).isFile() ? file : null;
}

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(`SKIPPED the pane's browser test: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) to run it.`);
}

describe("the pane in a plain browser", () => {
  if (!hasChromium) {
    // In CI a missing browser is a broken build, not a reason to pass.
    (process.env.CI ? it : it.skip)(`needs Chromium at ${CHROMIUM}`, () => {
      throw new Error(`No Chromium at ${CHROMIUM}: the pane's browser test cannot run.`);
    });
    return;
  }

  jest.setTimeout(300_000);
  let work: string;
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  /** Every request the page made, in order, and those that tried to leave the machine. */
  const requested: string[] = [];
  const blocked: string[] = [];

  const shot = async (name: string) => {
    // What the user sees in the pane's window, not the whole scroll height: findings run long.
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "pane-e2e-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(path.dirname(README_SCREENSHOT), { recursive: true });
    const dist = path.join(work, "dist");
    await buildPane(dist);
    ({ server, origin } = await serve(dist));
    context = await chromium.launchPersistentContext(path.join(work, "profile"), {
      executablePath: CHROMIUM,
      // The brief's flags ask for the new headless mode explicitly, so Playwright's own is off.
      headless: false,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: PANE,
      acceptDownloads: true,
      colorScheme: "light",
      locale: "en-GB",
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(origin)) return route.continue();
      if (url.startsWith("https://appsforoffice.microsoft.com/")) {
        const file = officeJsFile(url);
        return file ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.fulfill({ status: 404 });
      }
      blocked.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("opens the example plan, checks it, shows its escalations and downloads the checked workbook", async () => {
    await page.goto(`${origin}/taskpane.html`);
    const input = page.getByLabel("Open workbook");
    await input.waitFor();
    await page.waitForFunction(() => !(document.querySelector("input[type=file]") as HTMLInputElement | null)?.disabled);
    await shot("01-start");
    const exceljsBeforeOpening = requested.filter((url) => /exceljs/.test(url));

    await input.setInputFiles(EXAMPLE);
    const check = page.getByRole("button", { name: "Check plan" });
    await check.waitFor();
    await page.getByText("29 Jun 2016: the sheet's reporting date").waitFor();
    await shot("02-workbook-open");

    await check.click();
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await shot("03-findings");
    await page.screenshot({ path: README_SCREENSHOT });

    await page.getByRole("tab", { name: "Escalations" }).click();
    await page.getByRole("heading", { name: "Results" }).scrollIntoViewIfNeeded();
    const escalations = page.getByRole("list", { name: "Items for escalation" }).getByRole("listitem");
    await escalations.first().waitFor();
    const ids = await escalations.evaluateAll((items) => items.map((li) => li.querySelector("span span")?.textContent));
    expect(ids).toEqual(["2.1", "2.2", "4.7"]);
    await shot("04-escalations");
    await page.getByRole("tab", { name: "Slippage" }).click();
    await shot("05-slippage");
    await page.getByRole("tab", { name: "Savings" }).click();
    await page.getByText("Total savings: £4,380,000").waitFor();
    await shot("06-savings");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download checked workbook" }).click()]);
    expect(download.suggestedFilename()).toBe("lac-progress-2016 (checked).xlsx");
    const saved = path.join(work, "checked.xlsx");
    await download.saveAs(saved);
    await page.getByText("The checked workbook was downloaded.").waitFor();
    await shot("07-downloaded");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["LAC Progress Jun-16", "Board summary", "Savings", "Actions"]));

    // ExcelJS is fetched only once a workbook is opened: the pane inside Excel never loads it.
    expect(exceljsBeforeOpening).toEqual([]);
    expect(requested.some((url) => /exceljs/.test(url))).toBe(true);
    // office.js outside Office asks for its own telemetry frame; the route stops it. The pane asks
    // for nothing else beyond 127.0.0.1 and office.js: the plan never leaves the machine.
    expect(blocked.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
  });

  it("says plainly that a file which is not a workbook cannot be opened", async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction(() => !(document.querySelector("input[type=file]") as HTMLInputElement | null)?.disabled);
    await page.getByLabel("Open workbook").setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from("No.,Action\n1,Do it\n") });
    await page.getByText("'plan.csv' is not an Excel workbook (.xlsx).", { exact: false }).waitFor();
    await shot("08-not-a-workbook");
  });
});
