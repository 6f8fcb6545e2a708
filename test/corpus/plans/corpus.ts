import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellSpec, PlanDefinition, SheetDefinition } from "./define";
import { PlanKeySchema, type PlanKey } from "./key-schema";

/** The corpus folder: one folder per plan, the held-out plans under held-out/. */
export const CORPUS_DIR = __dirname;

export interface CorpusPlan {
  slug: string;
  heldOut: boolean;
  dir: string;
  workbookPath: string;
}

function plansIn(dir: string, heldOut: boolean): CorpusPlan[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "plan.ts")))
    .map((entry) => ({ slug: entry.name, heldOut, dir: path.join(dir, entry.name), workbookPath: path.join(dir, entry.name, "plan.xlsx") }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export function corpusPlans(): CorpusPlan[] {
  return [...plansIn(CORPUS_DIR, false), ...plansIn(path.join(CORPUS_DIR, "held-out"), true)];
}

export function readKey(plan: CorpusPlan): PlanKey {
  return PlanKeySchema.parse(JSON.parse(readFileSync(path.join(plan.dir, "key.json"), "utf8")));
}

export async function readDefinition(plan: CorpusPlan): Promise<PlanDefinition> {
  const mod = (await import(path.join(plan.dir, "plan.ts"))) as { default: PlanDefinition };
  return mod.default;
}

function cellValue(spec: CellSpec): ExcelJS.CellValue {
  if (spec === null || typeof spec === "string" || typeof spec === "number") return spec;
  if (spec.kind === "date") return new Date(Date.parse(`${spec.iso}T00:00:00Z`));
  return cellValue(spec.value);
}

function numberFormat(spec: CellSpec): string | undefined {
  if (spec === null || typeof spec !== "object") return undefined;
  if (spec.kind === "date") return spec.format;
  return numberFormat(spec.value);
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetDefinition): void {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) => {
    (row ?? []).forEach((spec, c) => {
      if (spec === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      // Plan text is kept as text: a cell typed "=…" or "-2,100" stays the string it was.
      cell.value = cellValue(spec);
      const format = numberFormat(spec);
      if (format) cell.numFmt = format;
      if (typeof spec === "object" && spec.kind === "styled") {
        if (spec.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } };
        if (spec.bold) cell.font = { bold: true };
      }
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  (sheet.widths ?? []).forEach((width, i) => (ws.getColumn(i + 1).width = width));
}

/** The workbook a plan's definition describes, as the make-corpus-plans script writes it. */
export function buildWorkbook(plan: PlanDefinition): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // A fixed creation date keeps the written file the same from run to run.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  return workbook;
}
