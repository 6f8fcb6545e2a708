/**
 * The layering is a lint rule that fails (eslint.config.mjs, eslint-rules/layers.mjs):
 * engine ← adapters ← hosts. Each case is code placed at a path of the repository and linted
 * with the repository's own config, as `npm run lint` would.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

type Case = [what: string, filePath: string, code: string, rules: string[]];

const LAYERS = "architecture/layers";
const GLOBALS = "no-restricted-globals";

const crossing: Case[] = [
  ["the engine importing an adapter", "src/engine/read/new-reader.ts", 'import { readWorkbook } from "../../adapters/exceljs/read-workbook";\nexport const read = readWorkbook;\n', [LAYERS]],
  ["the engine importing a host", "src/engine/rules/new-rule.ts", 'export { USAGE } from "../../cli/options";\n', [LAYERS]],
  ["the engine importing test code", "src/engine/summary/new-sheet.ts", 'import { item } from "../../../test/engine/test-plan";\nexport const i = item;\n', [LAYERS]],
  ["the engine importing exceljs", "src/engine/grid-tools.ts", 'import ExcelJS from "exceljs";\nexport const W = ExcelJS.Workbook;\n', [LAYERS]],
  ["the engine importing react-dom", "src/engine/view.ts", 'import { createRoot } from "react-dom/client";\nexport const r = createRoot;\n', [LAYERS]],
  ["the engine importing Fluent UI", "src/engine/view.ts", 'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n', [LAYERS]],
  ["the engine importing office-js", "src/engine/office.ts", 'import "@microsoft/office-js";\n', [LAYERS]],
  ["the engine importing os", "src/engine/values/new-value.ts", 'import os from "os";\nexport const eol = os.EOL;\n', [LAYERS]],
  ["the engine importing node:crypto", "src/engine/values/new-value.ts", 'import { randomUUID } from "node:crypto";\nexport const id = randomUUID;\n', [LAYERS]],
  ["the engine importing child_process dynamically", "src/engine/values/new-value.ts", 'export const run = () => import("child_process");\n', [LAYERS]],
  ["the engine requiring worker_threads", "src/engine/values/new-value.ts", 'export const w = require("worker_threads");\n', [LAYERS, "@typescript-eslint/no-require-imports", GLOBALS]],
  ["the engine reading process", "src/engine/check-env.ts", "export const home = process.env.HOME;\n", [GLOBALS]],
  ["the engine making a Buffer", "src/engine/check-env.ts", 'export const b = Buffer.from("x");\n', [GLOBALS]],
  ["the engine touching window", "src/engine/check-env.ts", "export const w = window.innerWidth;\n", [GLOBALS]],
  ["the engine touching document", "src/engine/check-env.ts", "export const t = document.title;\n", [GLOBALS]],
  ["the engine calling Office.js", "src/engine/check-env.ts", "export const run = () => Excel.run(async () => undefined);\n", [GLOBALS]],
  ["a jest helper in the engine", "src/engine/rules/test-kit.ts", "export const same = (a: number, b: number) => expect(a).toBe(b);\n", [GLOBALS]],
  ["an adapter importing the engine's internals", "src/adapters/office/new-writer.ts", 'import { columnLetter } from "../../engine/grid";\nexport const c = columnLetter;\n', [LAYERS]],
  ["an adapter importing an internal type", "src/adapters/exceljs/new-writer.ts", 'import type { Grid } from "../../engine/grid";\nexport type G = Grid;\n', [LAYERS]],
  ["a host importing the engine's internals", "src/taskpane/components/New.tsx", 'import { readDateText } from "../../engine/values/dates";\nexport const d = readDateText;\n', [LAYERS]],
  ["an adapter importing a host", "src/adapters/exceljs/new-writer.ts", 'import { UsageError } from "../../cli/options";\nexport const E = UsageError;\n', [LAYERS]],
  ["the CLI importing the pane", "src/cli/new-command.ts", 'import { formatPounds } from "../taskpane/format";\nexport const f = formatPounds;\n', [LAYERS]],
  ["the ribbon importing the CLI", "src/commands/new-command.ts", 'export * from "../cli/options";\n', [LAYERS]],
];

const legal: Case[] = [
  ["the engine importing zod and itself", "src/engine/read/new-reader.ts", 'import { z } from "zod";\nimport { textAt } from "../grid";\nexport const s = z.string();\nexport const t = textAt;\n', []],
  ["an adapter importing the engine's index", "src/adapters/office/new-writer.ts", 'import { columnLetter, type Grid } from "../../engine";\nexport const c = columnLetter;\nexport type G = Grid;\n', []],
  ["the CLI importing the engine, an adapter and Node", "src/cli/new-command.ts", 'import fs from "node:fs";\nimport { checkWorkbook } from "../engine/index";\nimport { readWorkbook } from "../adapters/exceljs/read-workbook";\nexport const all = [fs, checkWorkbook, readWorkbook];\n', []],
  ["the pane importing React and an adapter", "src/taskpane/components/New.tsx", 'import { useState } from "react";\nimport { runInExcel } from "../../adapters/office";\nexport const all = [useState, runInExcel];\n', []],
  ["an engine test using Node, fast-check and test helpers", "src/engine/rules/new-rule.test.ts", 'import fs from "node:fs";\nimport fc from "fast-check";\nimport { item } from "../../../test/engine/test-plan";\nimport { RULES } from ".";\nexport const all = [fs, fc, item, RULES];\n', []],
];

let found: Array<Array<[string, string]>>;
const cases = [...crossing, ...legal];
beforeAll(() => {
  const run = spawnSync("node", ["test/lint/lint-texts.mjs"], { cwd: ROOT, input: JSON.stringify(cases.map(([, file, code]) => [file, code])), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`lint-texts.mjs failed: ${run.stderr}`);
  found = JSON.parse(run.stdout);
});

const ruleIds = (i: number) => [...new Set(found[i].map(([rule]) => rule))].sort();

describe("the lint fails on an import across the layers", () => {
  it.each(crossing.map((c, i) => [c[0], i] as const))("%s", (_what, i) => {
    expect(ruleIds(i)).toEqual([...crossing[i][3]].sort());
  });

  it("says what to do instead", () => {
    const messages = found.flat().map(([, message]) => message);
    expect(messages).toContain("Import the engine through its index ('../../engine'), not its internals ('../../engine/grid'); export what you need from src/engine/index.ts.");
    expect(messages).toContain("Hosts never import each other (src/cli → src/taskpane): move what both need to a module they share.");
    expect(messages).toContain("The engine imports nothing outside src/engine ('../../adapters/exceljs/read-workbook' is in src/adapters/exceljs).");
  });
});

describe("the lint passes the imports the layers allow", () => {
  it.each(legal.map((c, i) => [c[0], crossing.length + i] as const))("%s", (_what, i) => {
    expect(found[i]).toEqual([]);
  });
});
