/**
 * The Changes sheet and the Board summary's Due soon block as they come out of a printer:
 * LibreOffice prints the written workbook to PDF, and poppler reads the pages back. The tool
 * leaves the paper size to the printer, and a UK printer's is A4, so the copy printed here
 * says A4 as a UK Excel would. CI installs both; elsewhere a missing tool skips, loudly.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writtenWithChanges } from "./changes-kit";
import { load, save } from "./workbook-snapshot";
import { removeWhenDone } from "../fixtures/temp-folder";

const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: "ignore" }).status === 0;
const hasTools = has("soffice", "--version") && has("pdftotext", "-v") && has("pdftoppm", "-v");
if (!hasTools && !process.env.CI) console.warn("SKIPPED: print tests (soffice or poppler's pdftotext/pdftoppm not on PATH). Install libreoffice-calc-nogui and poppler-utils to run them.");
const printing = hasTools || process.env.CI ? describe : describe.skip;

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
  const made: string[] = [];
  removeWhenDone(() => made);
  beforeAll(async () => {
    const workbook = await load((await writtenWithChanges()).written);
    for (const ws of workbook.worksheets) ws.pageSetup.paperSize = 9; // A4
    const dir = mkdtempSync(path.join(tmpdir(), "action-plan-print-"));
    made.push(dir);
    writeFileSync(path.join(dir, "book.xlsx"), await save(workbook));
    // A private profile: a user's own LibreOffice settings and a running instance stay out of it.
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "book.xlsx")], { stdio: "ignore", timeout: 120_000 });
    pdf = path.join(dir, "book.pdf");
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
