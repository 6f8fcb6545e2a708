/**
 * The roll-up prints legibly on A4 landscape: LibreOffice renders it to PDF, and poppler's
 * tools read back the pages' size, what each page holds and how tall its words are. CI installs
 * both (.ci/run); on a developer's machine without them the test is skipped, loudly.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readGrids } from "../../src/adapters/xlsx";
import { writeRollup } from "../../src/cli/write-rollup";
import { checkWorkbook, summariseReport, toReport, unreadLine, type RollupLine } from "../../src/engine";
import { removeWhenDone } from "../fixtures/temp-folder";

const tools = ["soffice", "pdfinfo", "pdftotext"].filter((tool) => spawnSync(tool, ["--version"], { stdio: "ignore" }).error === undefined);
const hasTools = tools.length === 3;
if (!hasTools && !process.env.CI) console.warn("SKIPPED: roll-up print test (needs soffice and poppler-utils' pdfinfo and pdftotext on PATH).");
const render = hasTools || process.env.CI ? describe : describe.skip;

const EXAMPLES = path.resolve(__dirname, "../../examples");
const PLANS = ["lac-progress-2016.xlsx", "best-value-lac.xlsx", "eit-child-placements.xlsx", "placement-orders.xlsx", "service-pressures.xlsx"];

interface Page {
  width: number;
  height: number;
  text: string;
  /** Heights in points of the words on the page, as drawn. */
  wordHeights: number[];
}

function pdfPages(pdf: string): Page[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  return sizes.map(([width, height], i) => {
    const page = ["-f", String(i + 1), "-l", String(i + 1)];
    const bbox = execFileSync("pdftotext", [...page, "-bbox", pdf, "-"], { encoding: "utf8" });
    const wordHeights = [...bbox.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
    return { width, height, text: execFileSync("pdftotext", [...page, "-layout", pdf, "-"], { encoding: "utf8" }), wordHeights };
  });
}

render("The roll-up printed by LibreOffice", () => {
  let pages: Page[];
  const made: string[] = [];
  removeWhenDone(() => made);
  beforeAll(async () => {
    expect(tools).toEqual(["soffice", "pdfinfo", "pdftotext"]);
    const dir = mkdtempSync(path.join(tmpdir(), "action-plan-rollup-print-"));
    made.push(dir);
    const lines: RollupLine[] = [unreadLine("finance/truncated.xlsx", "'finance/truncated.xlsx' could not be read as an Excel workbook: it may be damaged or password-protected. Open it in Excel, save a copy as .xlsx and retry.")];
    for (const file of PLANS) {
      const { grids } = readGrids(readFileSync(path.join(EXAMPLES, file)));
      lines.push(...summariseReport(toReport(checkWorkbook(grids, { today: "2016-09-30", locale: "en-GB" }), `children/${file}`)));
    }
    const out = path.join(dir, "rollup.xlsx");
    await writeRollup(lines, out, "2016-09-30");
    // A private profile: a user's own LibreOffice settings and a running instance stay out of it.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { stdio: "ignore", timeout: 120_000 });
    pages = pdfPages(path.join(dir, "rollup.pdf"));
  }, 150_000);

  it("prints each sheet on A4 landscape", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(841.89, 0);
      expect(page.height).toBeCloseTo(595.3, 0);
    }
  });

  it("fits every column of each sheet across one page: the first and last headings are on the same page", () => {
    const [plans, escalations, savings] = [/File\s+Sheet/, /Plan\s+Sheet\s+ID/, /Plan\s+Sheet\s+Red/].map((first) => pages.find((page) => first.test(page.text)));
    expect(plans?.text).toMatch(/Saving total.*Note/s);
    expect(escalations?.text).toMatch(/Why\s+Cell/);
    expect(savings?.text).toMatch(/Blue\s+No Savings.*Total/s);
  });

  it("keeps its text legible: words at least 7 points tall as drawn (about 6-point type)", () => {
    for (const page of pages) {
      const sorted = [...page.wordHeights].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(7);
    }
  });

  it("names each plan, the stale ones and the workbook that could not be read", () => {
    const all = pages.map((page) => page.text).join("\n");
    for (const file of PLANS) expect(all).toContain(`children/${file}`);
    expect(all).toMatch(/Stale: 93 days old\./);
    expect(all).toContain("finance/truncated.xlsx");
  });
});
