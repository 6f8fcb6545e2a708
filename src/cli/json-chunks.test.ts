import { readGrids } from "../adapters/xlsx";
import { checkWorkbook, errorsFound, MadeOnWrite, toReport, toReportToWrite } from "../engine";
import { statusOf } from "./exit-status";
import { buildSeedWorkbooks } from "../../test/fixtures/seed-workbooks";
import { writeJson } from "./json-chunks";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The chunks written, each decoded on its own: a character split between two would throw. */
async function pieces(value: unknown): Promise<string[]> {
  const out: string[] = [];
  await writeJson(value, (bytes) => void out.push(utf8.decode(bytes)));
  return out;
}

describe("writeJson gives exactly JSON.stringify(value, null, 2) as UTF-8, a chunk at a time", () => {
  it("for the report of every seed workbook", async () => {
    for (const seed of await buildSeedWorkbooks()) {
      const { grids } = readGrids(seed.buffer);
      const report = toReport(checkWorkbook(grids, { today: "2016-06-29", locale: "en-GB" }), `${seed.name}.xlsx`);
      expect((await pieces(report)).join("")).toBe(`${JSON.stringify(report, null, 2)}\n`);
    }
  });

  it("for a report whose items are made as they are written, exactly as for toReport's", async () => {
    for (const seed of await buildSeedWorkbooks()) {
      const { grids } = readGrids(seed.buffer);
      const result = checkWorkbook(grids, { today: "2016-06-29", locale: "en-GB" });
      const expected = `${JSON.stringify(toReport(result, `${seed.name}.xlsx`), null, 2)}\n`;
      const report = toReportToWrite(result, `${seed.name}.xlsx`);
      expect((await pieces(report)).join("")).toBe(expected);
      expect(`${JSON.stringify(report, null, 2)}\n`).toBe(expected);
    }
  });

  it("leaves the exit status to the check: errorsFound gives what statusOf gives of toReport's report", async () => {
    const statuses = new Set<number>();
    for (const seed of await buildSeedWorkbooks()) {
      const { grids } = readGrids(seed.buffer);
      for (const rules of [{}, { overdue: { severity: "error" as const } }]) {
        const result = checkWorkbook(grids, { today: "2016-06-29", locale: "en-GB", rules });
        const status = statusOf(toReport(result, `${seed.name}.xlsx`));
        statuses.add(status);
        expect(errorsFound(result) ? 1 : 0).toBe(status);
      }
    }
    // Seeds with errors and seeds without: both answers were compared.
    expect([...statuses].sort()).toEqual([0, 1]);
  });

  it("for lists made on writing at any depth, empty, beside arrays and inside whole values", async () => {
    const made = <T>(values: T[]) => new MadeOnWrite(values, (v: T) => (typeof v === "number" ? { n: v, twice: [v, v] } : v));
    const odd = { top: made([1, 2, 3]), none: made([]), deep: [[[[made([4, undefined, "x"])]]]], within: { a: { b: { c: { d: made([5]) } } } } };
    const plain = JSON.parse(JSON.stringify(odd));
    expect((await pieces(odd)).join("")).toBe(`${JSON.stringify(plain, null, 2)}\n`);
    expect((await pieces(made([6, 7]))).join("")).toBe(`${JSON.stringify([{ n: 6, twice: [6, 6] }, { n: 7, twice: [7, 7] }], null, 2)}\n`);
  });

  it("for what JSON.stringify leaves out or turns to null, empty containers, text with newlines and dates", async () => {
    const odd = {
      empty: [],
      none: {},
      list: [undefined, () => 1, { gone: undefined, text: 'line\nnext "quoted"', when: new Date(Date.UTC(2016, 5, 29)) }],
      gone: undefined,
      deep: [[[[1, [2, { a: [] }]]]]],
      'key "quoted"': null,
      // Text beyond ASCII, a character outside the BMP and a lone surrogate, which JSON.stringify escapes.
      words: ["£2.1m", "the two columns look swapped — put the new deadline", "🙂", "lone \ud800 half"],
      // Values stringified together in runs, broken by containers opened up between them.
      mixed: Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? { n: i, list: [i, [i]] } : i % 5 === 0 ? undefined : `v${i}`)),
    };
    expect((await pieces(odd)).join("")).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it("in chunks of bounded size for a large report, not one string, waiting when the writer asks", async () => {
    const findings = Array.from({ length: 40_000 }, (_, i) => ({ rule: "overdue", cell: `F${i + 14}`, message: `Item ${i}: the step due £${i}k is 150 days overdue — revise it` }));
    const sizes: number[] = [];
    const out: string[] = [];
    await writeJson({ sheets: [{ name: "Plan", findings }] }, (bytes) => void (sizes.push(bytes.length), out.push(utf8.decode(bytes))));
    expect(out.join("")).toBe(`${JSON.stringify({ sheets: [{ name: "Plan", findings }] }, null, 2)}\n`);
    expect(out.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1 << 20);
    // A writer that is always full: each piece waits for the one before to be taken.
    const taken: string[] = [];
    let waiting = 0;
    let most = 0;
    await writeJson({ findings }, (bytes) => {
      most = Math.max(most, ++waiting);
      return new Promise((resolve) => setImmediate(() => (taken.push(utf8.decode(bytes)), waiting--, resolve())));
    });
    expect(most).toBe(1);
    expect(taken.join("")).toBe(`${JSON.stringify({ findings }, null, 2)}\n`);
  });
});
