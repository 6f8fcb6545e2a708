/**
 * What comes out of a printer, for the two workbooks the tool writes to be printed: the Changes
 * sheet and the Board summary's Due soon block of a checked plan, and the roll-up. LibreOffice
 * prints both to PDF in one start (a start is most of its CPU), and poppler reads the pages
 * back. The tool leaves the paper size of a plan to the printer, and a UK printer's is A4, so
 * the plan printed here says A4 as a UK Excel would; the roll-up sets A4 landscape itself. CI
 * installs both tools (.ci/run); elsewhere a missing tool skips, loudly.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readGrids } from "../../src/adapters/xlsx";
import { writeRollup } from "../../src/cli/write-rollup";
import { checkWorkbook, summariseReport, toReport, unreadLine, type RollupLine } from "../../src/engine";
import { writtenWithChanges } from "./changes-kit";
import { convertWithLibreOffice, onPath } from "./soffice";
import { load, save } from "./workbook-snapshot";
import { removeWhenDone } from "../fixtures/temp-folder";

const TOOLS = ["soffice", "pdfinfo", "pdftotext", "pdftoppm"];
const hasTools = TOOLS.every(onPath);
if (!hasTools && !process.env.CI) console.warn("SKIPPED: print tests (soffice or poppler's pdfinfo/pdftotext/pdftoppm not on PATH). Install libreoffice-calc-nogui and poppler-utils to run them.");
const printing = hasTools || process.env.CI ? describe : describe.skip;

const EXAMPLES = path.resolve(__dirname, "../../examples");
const PLANS = ["lac-progress-2016.xlsx", "best-value-lac.xlsx", "eit-child-placements.xlsx", "placement-orders.xlsx", "service-pressures.xlsx"];

/** The folder both PDFs are printed in, removed when the file is done. */
const made: string[] = [];
removeWhenDone(() => made);

/** Seed 004's June plan checked against May and written, set to print on A4 as a UK printer would. */
async function planOnA4(): Promise<Buffer> {
  const workbook = await load((await writtenWithChanges()).written);
  for (const ws of workbook.worksheets) ws.pageSetup.paperSize = 9; // A4
  return save(workbook);
}

/** The roll-up of the five example plans and one that could not be read, as `rollup --out` writes it. */
async function writeTheRollup(out: string): Promise<void> {
  const lines: RollupLine[] = [unreadLine("finance/truncated.xlsx", "'finance/truncated.xlsx' could not be read as an Excel workbook: it may be damaged or password-protected. Open it in Excel, save a copy as .xlsx and retry.")];
  for (const file of PLANS) {
    const { grids } = readGrids(readFileSync(path.join(EXAMPLES, file)));
    lines.push(...summariseReport(toReport(checkWorkbook(grids, { today: "2016-09-30", locale: "en-GB" }), `children/${file}`)));
  }
  await writeRollup(lines, out, "2016-09-30");
}

/**
 * Both workbooks printed to PDF in one LibreOffice start, whichever describe asks first; the
 * other waits for the same promise. Returns the two PDFs' paths.
 */
let printed: Promise<{ plan: string; rollup: string }> | undefined;
function printBoth(): Promise<{ plan: string; rollup: string }> {
  printed ??= (async () => {
    expect(TOOLS.filter(onPath)).toEqual(TOOLS);
    const dir = mkdtempSync(path.join(tmpdir(), "action-plan-print-"));
    made.push(dir);
    const book = path.join(dir, "book.xlsx");
    const rollup = path.join(dir, "rollup.xlsx");
    writeFileSync(book, await planOnA4());
    await writeTheRollup(rollup);
    convertWithLibreOffice("pdf", [book, rollup], dir);
    return { plan: path.join(dir, "book.pdf"), rollup: path.join(dir, "rollup.pdf") };
  })();
  return printed;
}

/** A4 landscape in points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

interface Word {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
}

interface Page {
  number: number;
  width: number;
  height: number;
  words: Word[];
}

/** The PDF's pages with each word's box, in points, from poppler's -bbox output. */
function pages(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => ({
    number: i + 1,
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: w[5].replace(/&amp;/g, "&").replace(/&#39;/g, "'"),
      x: Number(w[1]),
      right: Number(w[3]),
      y: Number(w[2]),
      height: Number(w[4]) - Number(w[2]),
    })),
  }));
}

/** The words on one line of a page (within 2 points of `y`), left to right. */
const lineAt = (page: Page, y: number) => page.words.filter((w) => Math.abs(w.y - y) < 2).sort((a, b) => a.x - b.x).map((w) => w.text).join(" ");
const find = (page: Page, text: string) => page.words.find((w) => w.text === text);

/** The pages of one tool sheet: from its title to its marker line. */
function sheetPages(all: Page[], title: string): Page[] {
  const first = all.findIndex((p) => lineAt(p, find(p, title.split(" ")[0])?.y ?? -99).startsWith(title));
  const last = all.findIndex((p, i) => i >= first && p.words.some((w) => w.text === "Written"));
  return all.slice(first, last + 1);
}

/** The colour of one pixel of a page rendered at 72 dpi (one pixel a point), as "#RRGGBB". */
function pixel(pdf: string, page: number, x: number, y: number): string {
  const ppm = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "72", "-x", String(Math.round(x)), "-y", String(Math.round(y)), "-W", "1", "-H", "1", pdf]);
  const rgb = ppm.subarray(ppm.length - 3);
  return `#${[...rgb].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

printing("the Changes sheet and the Due soon block, printed on A4 landscape", () => {
  let pdf: string;
  let all: Page[];
  beforeAll(async () => {
    pdf = (await printBoth()).plan;
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe("%PDF");
    all = pages(pdf);
    // LibreOffice starting up takes seconds, several times that on a busy machine.
  }, 60_000);

  it("prints the Changes sheet on A4 landscape, every column on the page, at a size that can be read", () => {
    const changes = sheetPages(all, "Changes since the earlier version");
    expect(changes.length).toBeGreaterThan(0);
    for (const page of changes) expect([page.width, page.height].map(Math.round)).toEqual([A4_LANDSCAPE.width, A4_LANDSCAPE.height].map(Math.round));
    const first = changes[0];
    const id = first.words.find((w) => w.text === "ID")!;
    expect(lineAt(first, id.y)).toBe("ID Item or step What changed Before Now Days Owner Cell");
    const body = first.words.filter((w) => /^[a-z]+$/.test(w.text)).map((w) => w.height).sort((a, b) => a - b);
    // Lower-case words' boxes: about the font size. 7 points is the least a board paper is read at.
    expect(body[Math.floor(body.length / 2)]).toBeGreaterThanOrEqual(7);
    expect(Math.max(...first.words.map((w) => w.x))).toBeLessThan(A4_LANDSCAPE.width - 20);
  });

  it("prints a RAG as its word on its colour", () => {
    const page = sheetPages(all, "Changes since the earlier version")[0];
    const green = find(page, "Green")!;
    const amber = find(page, "Amber")!;
    expect(lineAt(page, amber.y)).toMatch(/^2\.1 .* Action RAG Green Amber T\. Collins J75$/);
    // Just right of the word, inside its cell: the cell's fill.
    expect(pixel(pdf, page.number, green.right + 3, green.y + green.height / 2)).toBe("#A9D08E");
    expect(pixel(pdf, page.number, amber.right + 3, amber.y + amber.height / 2)).toBe("#FFD966");
  });

  it("prints the Board summary's Due soon block on A4 landscape with its owners and cells", () => {
    const board = sheetPages(all, "Board summary:");
    const page = board.find((p) => p.words.some((w, i) => w.text === "Due" && p.words[i + 1]?.text === "soon:"))!;
    expect([page.width, page.height].map(Math.round)).toEqual([A4_LANDSCAPE.width, A4_LANDSCAPE.height].map(Math.round));
    const heading = page.words.find((w, i) => w.text === "Due" && page.words[i + 1]?.text === "soon:")!;
    expect(lineAt(page, heading.y)).toBe("Due soon: within 28 days of the as-of date (14)");
    const header = page.words.find((w) => w.text === "ID" && w.y > heading.y)!;
    expect(lineAt(page, header.y)).toBe("ID Action Owner Due date Days left Latest update Cell");
    expect(page.words.some((w) => w.text === "F25")).toBe(true);
  });
});

/** A page of the roll-up: its size, its text laid out, and how tall its words are drawn. */
interface RollupPage {
  width: number;
  height: number;
  text: string;
  /** Heights in points of the words on the page, as drawn. */
  wordHeights: number[];
}

function pdfPages(pdf: string): RollupPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  return sizes.map(([width, height], i) => {
    const page = ["-f", String(i + 1), "-l", String(i + 1)];
    const bbox = execFileSync("pdftotext", [...page, "-bbox", pdf, "-"], { encoding: "utf8" });
    const wordHeights = [...bbox.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
    return { width, height, text: execFileSync("pdftotext", [...page, "-layout", pdf, "-"], { encoding: "utf8" }), wordHeights };
  });
}

printing("The roll-up printed by LibreOffice", () => {
  let pages: RollupPage[];
  beforeAll(async () => {
    pages = pdfPages((await printBoth()).rollup);
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
