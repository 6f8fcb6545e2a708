/**
 * Broken, hostile and foreign files through the built CLI (`bin/action-plan.js`): each gets one
 * plain sentence on stderr and exit 2, never a hang, a stack trace or a blown memory. Big and
 * hostile files are made at run time (test/bad-input/hostile-files.ts); the .xls and .ods are
 * LibreOffice's, made by scripts/make-foreign-fixtures.py.
 *
 * Time is judged as CPU time, which a busy shared machine changes far less than wall time;
 * the run is killed at a wall-clock limit well above it, so a hang still fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { removeCliHook, runCli, type CliRun } from "../../scripts/corpus-cli";
import { relationships, text, workbookPath } from "../../scripts/corpus-package";
import { parseXml, descendants } from "../../scripts/corpus-xml";
import { bigSharedStrings, binaryWorkbook, corruptPart, deepNesting, encryptedWorkbook, entityBomb, workbookWith, zipBomb } from "./hostile-files";

// The preloaded hook that measures each CLI run: removed when the file is done.
afterAll(removeCliHook);

const CPU_LIMIT_MS = 10_000;
const WALL_LIMIT_MS = 30_000;
const MEMORY_LIMIT_MB = 500;
const PLAN = path.join(__dirname, "../fixtures-foreign/libreoffice-plan.xlsx");
const STORE_SHEET = "ActionPlanChecker";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-bad-input-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const put = (name: string, data: Buffer) => {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, data);
  return file;
};

/**
 * A copy checked by the CLI whose store (column A of the very hidden sheet, from A2 down) no
 * longer holds JSON. Nothing else is touched, so `clear` meets a store it cannot read.
 */
async function damagedStore(): Promise<string> {
  const checked = path.join(scratch, "checked.xlsx");
  const run = await runCli(["check", PLAN, "--as-of", "2026-01-15", "--out", checked], { limitMs: 120_000 });
  if (run.code !== 0 && run.code !== 1) throw new Error(`check --out failed: ${run.stderr}`);
  const files = unzipSync(fs.readFileSync(checked));
  const parts = new Map(Object.entries(files));
  const wb = workbookPath(parts);
  const sheet = descendants(parseXml(text(parts, wb)!), "sheet").find((s) => s.attrs.name === STORE_SHEET)!;
  const part = relationships(parts, wb).get(sheet.attrs["r:id"])!.target;
  const xml = text(parts, part)!;
  const damaged = xml.replace(/<c r="A2"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="A2" t="inlineStr"><is><t>{"sheets":[{"name":</t></is></c>');
  if (damaged === xml) throw new Error("the store has no A2 to damage");
  files[part] = new TextEncoder().encode(damaged);
  return put("damaged-store.xlsx", Buffer.from(zipSync(files)));
}

interface Case {
  name: string;
  args: () => Promise<string[]>;
  /** What the sentence must name, where the issue asks for the kind of file to be named. */
  names?: RegExp;
}

const check = (file: () => string | Promise<string>) => async () => ["check", await file()];

const CASES: Case[] = [
  { name: "a corrupted zip (a sheet's compressed data overwritten)", args: check(() => put("corrupted.xlsx", corruptPart(fs.readFileSync(PLAN), "xl/worksheets/sheet1.xml"))) },
  { name: "a truncated file (the first half of a workbook)", args: check(() => put("truncated.xlsx", fs.readFileSync(PLAN).subarray(0, 5000))) },
  { name: "an XML bomb (nested entities in shared strings)", args: check(() => put("entity-bomb.xlsx", entityBomb())) },
  { name: "a zip bomb (a 1 GB sheet in a 1 MB file)", args: check(async () => put("zip-bomb.xlsx", await zipBomb())) },
  { name: "a 50 MB shared-strings part", args: check(() => put("big-strings.xlsx", bigSharedStrings(50))) },
  { name: "an encrypted (password) workbook", args: check(() => put("book.xlsx", encryptedWorkbook())), names: /password|encrypt/i },
  { name: "an .xls renamed .xlsx", args: check(() => put("renamed.xlsx", fs.readFileSync(path.join(__dirname, "plan.xls")))), names: /\.xls\b|97-2003|Excel 97/i },
  { name: "an .xlsb", args: check(() => put("plan.xlsb", binaryWorkbook())), names: /\.xlsb|binary/i },
  { name: "an .ods", args: check(() => path.join(__dirname, "plan.ods")), names: /\.ods|OpenDocument/i },
  { name: "a damaged store, then clear", args: async () => ["clear", await damagedStore(), "--out", path.join(scratch, "cleared.xlsx")] },
];

describe("action-plan on bad input: one sentence, exit 2, in bounded time and memory", () => {
  it("makes a valid small plan that the CLI reads (the hostile files are built on it)", async () => {
    const run = await runCli(["check", put("small.xlsx", workbookWith()), "--json"], { limitMs: WALL_LIMIT_MS });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).sheets[0].kind).toBe("plan");
  });

  // Not refused: nesting is walked without recursion, so the plan beside it is checked as usual.
  it("reads a sheet nested a million elements deep in bounded time and memory, checking the plan beside it", async () => {
    const run = await runCli(["check", put("deep.xlsx", deepNesting())], { limitMs: WALL_LIMIT_MS });
    expect({ timedOut: run.timedOut, code: run.code, stderr: run.stderr }).toEqual({ timedOut: false, code: 0, stderr: "" });
    expect(run.stdout).toMatch(/Sheet 'Plan'\n  1 item, 1 step/);
    expect(run.cpuMs).toBeLessThanOrEqual(CPU_LIMIT_MS);
    expect(run.maxRssMb).toBeLessThanOrEqual(MEMORY_LIMIT_MB);
  }, WALL_LIMIT_MS + 150_000);

  for (const c of CASES) {
    it(
      c.name,
      async () => {
        const run: CliRun = await runCli(await c.args(), { limitMs: WALL_LIMIT_MS });
        // The file's path is left out: a name like 'plan.xlsb' must not pass for the sentence naming the kind.
        const sentence = run.stderr.trim().replace(/'[^']*\/[^']*'/g, "FILE");
        expect({ timedOut: run.timedOut, code: run.code, stdout: run.stdout }).toEqual({ timedOut: false, code: 2, stdout: "" });
        expect(sentence).not.toBe("");
        expect(sentence).not.toMatch(/\n/);
        expect(sentence).not.toMatch(/unexpected problem|Error:|\bat .*:\d+:\d+/);
        if (c.names) expect(sentence).toMatch(c.names);
        expect(run.cpuMs).toBeLessThanOrEqual(CPU_LIMIT_MS);
        expect(run.maxRssMb).toBeLessThanOrEqual(MEMORY_LIMIT_MB);
      },
      WALL_LIMIT_MS + 150_000,
    );
  }
});
