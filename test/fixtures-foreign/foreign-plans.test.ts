/**
 * Plans saved by other programs (openpyxl, LibreOffice; made by scripts/make-foreign-fixtures.py)
 * go through the built CLI's `check --out` and `clear` whole: their charts, images, notes,
 * validations and conditional formats are still there, judged by the same comparison as
 * `npm run corpus`, and the copies open in ExcelJS and LibreOffice with the plan's values.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { removeCliHook, runCli } from "../../scripts/corpus-cli";
import { checkedLosses, clearedLosses, type Loss } from "../../scripts/corpus-compare";
import { countKinds, readWorkbookPackage, sheetCells, type Workbook } from "../../scripts/corpus-package";
import { CSV_EVERY_SHEET, convertWithLibreOffice, onPath } from "../write/soffice";

// The preloaded hook that measures each CLI run: removed when the file is done.
afterAll(removeCliHook);

const hasSoffice = onPath("soffice");
if (!hasSoffice && !process.env.CI) console.warn("SKIPPED: LibreOffice round trips of foreign plans (soffice is not on PATH). Install libreoffice-calc-nogui to run them.");

/** The kinds of loss that would mean a feature is gone. */
const FEATURE_KINDS = {
  chart: ["charts", "drawings"],
  image: ["images and media", "drawings"],
  note: ["comments", "VML drawings"],
  validation: ["data validations"],
  "conditional format": ["conditional formats"],
} as const;
type Feature = keyof typeof FEATURE_KINDS;

interface Fixture {
  file: string;
  plan: string;
  features: Feature[];
}

const FIXTURES: Fixture[] = [
  {
    file: "openpyxl-plan.xlsx",
    plan: "Savings plan 2025-26",
    features: ["chart", "image", "note"],
  },
  {
    file: "libreoffice-plan.xlsx",
    plan: "Theatres",
    features: ["chart", "validation", "conditional format"],
  },
];

const AS_OF = "2026-01-15";
const LIMIT_MS = 60_000;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-foreign-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A cell's value from ExcelJS in the words of scripts/corpus-package.ts: dates as serial numbers. */
function excelJsValue(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return String((value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return excelJsValue(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return value.error;
  return JSON.stringify(value);
}

/** The plan's non-empty values by address, as the package holds them. */
function planValues(book: Workbook, sheet: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [address, cell] of sheetCells(book, sheet).cells) if (cell.value !== "") values[address] = cell.value;
  return values;
}

/** The plan's values as ExcelJS reads them, or what stopped ExcelJS reading the file. */
async function valuesByExcelJs(file: string, sheet: string): Promise<Record<string, string> | { excelJsFails: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return { excelJsFails: (error as Error).message };
  }
  const values: Record<string, string> = {};
  workbook.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      const value = excelJsValue(cell.value);
      if (value !== "") values[cell.address] = value;
    }),
  );
  return values;
}

/** Every sheet of each file as CSV, by LibreOffice; returns the named sheet's CSV of each. */
function libreOfficeCsv(files: Array<{ file: string; sheet: string }>): string[] {
  const dir = fs.mkdtempSync(path.join(scratch, "soffice-"));
  convertWithLibreOffice(CSV_EVERY_SHEET, files.map((f) => f.file), dir, 180_000);
  return files.map(({ file, sheet }) => fs.readFileSync(path.join(dir, `${path.basename(file, ".xlsx")}-${sheet}.csv`), "utf8"));
}

/** A fixture's files: the original and its copies after check --out and after clear. */
const filesOf = (fixture: Fixture) => ({
  source: path.join(__dirname, fixture.file),
  checkedFile: path.join(scratch, `checked-${fixture.file}`),
  clearedFile: path.join(scratch, `cleared-${fixture.file}`),
});

/**
 * The built CLI's check --out and clear of a fixture, run once for the whole file (the
 * LibreOffice tests below open the same copies). The CLI's own words are kept on failure.
 */
const copies = new Map<string, Promise<void>>();
function makeCopies(fixture: Fixture): Promise<void> {
  const { source, checkedFile, clearedFile } = filesOf(fixture);
  const made = copies.get(fixture.file) ?? (async () => {
    const check = await runCli(["check", source, "--as-of", AS_OF, "--out", checkedFile], { limitMs: LIMIT_MS });
    if (check.code !== 0 && check.code !== 1) return void console.warn(`check --out ${fixture.file}: exit ${check.code}: ${check.stderr}`);
    const clear = await runCli(["clear", checkedFile, "--out", clearedFile], { limitMs: LIMIT_MS });
    if (clear.code !== 0) return void console.warn(`clear ${fixture.file}: exit ${clear.code}: ${clear.stderr}`);
  })();
  copies.set(fixture.file, made);
  return made;
}

const only = (losses: Loss[], kinds: readonly string[]) => losses.filter((l) => kinds.includes(l.kind));

describe.each(FIXTURES)("$file, through check --out and clear", (fixture) => {
  const { source, checkedFile, clearedFile } = filesOf(fixture);
  let original: Workbook;
  let checked: Workbook;
  let cleared: Workbook;

  beforeAll(async () => {
    original = readWorkbookPackage(fs.readFileSync(source));
    await makeCopies(fixture);
    // Without a copy the tests below fail, each saying what is missing.
    if (fs.existsSync(checkedFile)) checked = readWorkbookPackage(fs.readFileSync(checkedFile));
    if (fs.existsSync(clearedFile)) cleared = readWorkbookPackage(fs.readFileSync(clearedFile));
  }, 2 * LIMIT_MS);

  it("holds a plan and each feature it is meant to (the fixture itself)", () => {
    expect(Object.keys(planValues(original, fixture.plan)).length).toBeGreaterThan(40);
    const kinds = countKinds(original.parts);
    const sheet = original.sheets.find((s) => s.name === fixture.plan)!;
    const present: Record<Feature, boolean> = {
      chart: kinds.charts > 0,
      image: kinds["images and media"] > 0,
      note: kinds.comments > 0,
      validation: sheet.features["data validations"].length > 0,
      "conditional format": sheet.features["conditional formats"].length > 0,
    };
    for (const feature of fixture.features) expect([feature, present[feature]]).toEqual([feature, true]);
  });

  for (const feature of fixture.features) {
    it(`check --out keeps its ${feature}`, () => {
      expect(only(checkedLosses(original, checked), FEATURE_KINDS[feature])).toEqual([]);
      expect(only(clearedLosses(original, cleared, [fixture.plan]), FEATURE_KINDS[feature])).toEqual([]);
    });
  }

  it("check --out loses nothing", () => {
    expect(checkedLosses(original, checked)).toEqual([]);
  });

  it("clear gives back every part but the plan sheet, styles and properties byte for byte, and every plan cell's value and style", () => {
    expect(clearedLosses(original, cleared, [fixture.plan])).toEqual([]);
  });

  // ExcelJS 4.4 cannot read openpyxl's drawing at all ("reading 'anchors'"), the original as
  // much as a copy: there, the copy must fail in ExcelJS exactly as the original does, no worse.
  const readByExcelJs = async (file: string) => {
    const before = await valuesByExcelJs(source, fixture.plan);
    expect(await valuesByExcelJs(file, fixture.plan)).toEqual("excelJsFails" in before ? before : planValues(original, fixture.plan));
  };

  it("ExcelJS opens the checked copy with the plan's values", () => readByExcelJs(checkedFile));

  it("ExcelJS opens the cleared copy with the plan's values", () => readByExcelJs(clearedFile));

});

/**
 * One LibreOffice run converts both fixtures' originals and copies: starting LibreOffice is most
 * of a conversion's time, so this is done once for the file, before its tests.
 */
(hasSoffice || process.env.CI ? describe : describe.skip)("LibreOffice opens the copies with the plan's values", () => {
  const csv = new Map<string, string>();
  beforeAll(async () => {
    expect(hasSoffice).toBe(true);
    await Promise.all(FIXTURES.map(makeCopies));
    const files = FIXTURES.flatMap((fixture) => Object.entries(filesOf(fixture)).map(([kind, file]) => ({ key: `${fixture.file} ${kind}`, file, sheet: fixture.plan })));
    libreOfficeCsv(files).forEach((text, i) => csv.set(files[i].key, text));
  }, 2 * LIMIT_MS + 180_000);

  /** A file's CSV of the plan sheet, which the conversion must have made. */
  const csvOf = (fixture: Fixture, kind: keyof ReturnType<typeof filesOf>) => {
    const text = csv.get(`${fixture.file} ${kind}`);
    if (text === undefined) throw new Error(`LibreOffice made no CSV of ${kind} ${fixture.file}`);
    return text;
  };

  describe.each(FIXTURES)("$file", (fixture) => {
    it("the checked copy", () => {
      expect(csvOf(fixture, "checkedFile")).toBe(csvOf(fixture, "source"));
    });

    it("the cleared copy", () => {
      expect(csvOf(fixture, "clearedFile")).toBe(csvOf(fixture, "source"));
    });
  });
});
