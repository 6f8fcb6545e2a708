import { readGrids } from "../src/adapters/xlsx/workbook";
import { checkWorkbook, toReport } from "../src/engine";
import { buildSeedWorkbooks, readExpected, SEED_WORKBOOKS } from "./fixtures/seed-workbooks";

/**
 * Golden tests: each seed workbook read through the whole engine must give the plan a person
 * reads in the seed, as written by hand in test/fixtures/expected (never from this code).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The part of `actual` the expectation speaks of: its keys, at every depth. */
function project(actual: unknown, expected: Json): unknown {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((a, i) => (i < expected.length ? project(a, expected[i]) : a));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return actual;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) {
      if (key.startsWith("_")) continue;
      if (key === "titleStartsWith") {
        const title = (actual as Record<string, unknown>).title;
        out[key] = typeof title === "string" && title.startsWith(String(expected[key])) ? expected[key] : title;
        continue;
      }
      out[key] = project((actual as Record<string, unknown>)[key], expected[key]);
    }
    return out;
  }
  return actual;
}

function withoutNotes(expected: Json): Json {
  if (Array.isArray(expected)) return expected.map(withoutNotes);
  if (expected && typeof expected === "object") {
    return Object.fromEntries(Object.entries(expected).filter(([k]) => !k.startsWith("_")).map(([k, v]) => [k, withoutNotes(v)]));
  }
  return expected;
}

describe("seed workbooks read as a person reads them", () => {
  let built: Awaited<ReturnType<typeof buildSeedWorkbooks>>;
  beforeAll(async () => {
    built = await buildSeedWorkbooks();
  });

  it.each(SEED_WORKBOOKS.map((s) => [s.name, s]))("%s", async (_name, spec) => {
    const workbook = built.find((b) => b.name === spec.name)!;
    const { grids } = readGrids(workbook.buffer);
    const report = toReport(checkWorkbook(grids, { today: "2026-11-23", locale: "en-GB" }), workbook.file);
    const expected = readExpected(spec) as { sheets: Array<{ [key: string]: Json }> };
    for (const sheet of expected.sheets) {
      const actual = report.sheets.find((s) => s.name === sheet.name);
      expect(actual).toBeDefined();
      const wanted = withoutNotes(sheet) as { [key: string]: Json };
      delete wanted.titleStartsWith;
      expect(project(actual, wanted)).toEqual(wanted);
    }
  });
});
