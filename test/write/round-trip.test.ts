import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { buildSeedWorkbooks, toBuffer, type SeedWorkbook } from "../fixtures/seed-workbooks";
import { HOSTILE, buildHostilePlan } from "./hostile-plan";
import { checkAndWrite, clearCopy, load, snapshot } from "./workbook-snapshot";

let seeds: SeedWorkbook[];
beforeAll(async () => {
  seeds = await buildSeedWorkbooks();
});

const plans = () => seeds.filter((s) => s.seed !== "003");
const seedBuffer = (name: string) => seeds.find((s) => s.name === name)!.buffer;

/** Once per file for each thing asked: checking a seed, or reading what was written, is the same every time. */
function once<T>(make: (name: string) => Promise<T>): (name: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (name) => made.get(name) ?? made.set(name, make(name)).get(name)!;
}
/** `check --out` on a seed workbook, and a snapshot of what it wrote. */
const writtenOf = once((name) => checkAndWrite(seedBuffer(name)));
const writtenSnapshotOf = once(async (name) => snapshot(await load(await writtenOf(name))));

describe("check --out, then clear, gives back the workbook as it was", () => {
  it.each(["000-typed", "001-pasted", "001-merged", "002-retyped", "003-prose", "004-text", "004-fills", "004-merged"])("%s", async (name) => {
    const original = snapshot(await load(seedBuffer(name)));
    const written = await writtenOf(name);
    expect((await writtenSnapshotOf(name)).length).toBeGreaterThan(original.length);
    expect(snapshot(await load(await clearCopy(written)))).toEqual(original);
  });
});

describe("checking twice gives the same workbook as checking once", () => {
  it.each(["001-merged", "004-text", "004-fills", "004-merged"])("%s", async (name) => {
    const twice = await checkAndWrite(await writtenOf(name));
    expect(snapshot(await load(twice))).toEqual(await writtenSnapshotOf(name));
  });
});

describe("what is written", () => {
  let written: ExcelJS.Workbook;
  beforeAll(async () => {
    written = await load(await writtenOf("004-fills"));
  });

  it("adds the three summary sheets and a very hidden store, leaving the plan first", () => {
    expect(written.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["LAC Progress Jun-16", "visible"],
      ["Board summary", "visible"],
      ["Savings", "visible"],
      ["Actions", "visible"],
      ["ActionPlanChecker", "veryHidden"],
    ]);
  });

  it("keeps the Actions sheet as one Excel table with real dates and pounds", () => {
    const actions = written.getWorksheet("Actions")!;
    const tables = actions.getTables() as unknown as { table: { name: string; tableRef: string } }[];
    expect(tables.map((t) => t.table.name)).toEqual(["PlanActions"]);
    expect(actions.getCell("H2").value).toBeInstanceOf(Date);
    expect(actions.getCell("H2").numFmt).toBe("dd mmm yyyy");
    expect(actions.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const savings: number[] = [];
    actions.getColumn(15).eachCell((cell, row) => void (row > 1 && typeof cell.value === "number" && savings.push(cell.value)));
    expect(savings.reduce((a, b) => a + b, 0)).toBe(4_380_000);
    expect(actions.getColumn(15).values.find((v) => typeof v === "number")).toBeDefined();
  });

  it("writes totals as live formulas over the Actions table", () => {
    const savings = written.getWorksheet("Savings")!;
    const formulas: string[] = [];
    savings.eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula))));
    expect(formulas.some((f) => f.startsWith("SUMIFS(PlanActions[Saving (£)],PlanActions[Plan sheet]"))).toBe(true);
    const board = written.getWorksheet("Board summary")!;
    const counts: string[] = [];
    board.eachRow((row) => row.eachCell((cell) => void (cell.formula?.startsWith("COUNTIFS") && counts.push(cell.formula))));
    expect(counts.length).toBeGreaterThanOrEqual(10);
  });

  it("links each escalation back to its cell in the plan and writes RAGs as words on colour", async () => {
    const board = written.getWorksheet("Board summary")!;
    let amber: ExcelJS.Cell | undefined;
    const cellsShowing = new Set<string>();
    board.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "A72") cellsShowing.add(cell.address);
        if (!amber && cell.value === "Amber") amber = cell;
      }),
    );
    // An internal link is Excel's `location` form, which ExcelJS does not read: it is read from the part.
    const parts = unzipSync(new Uint8Array(await writtenOf("004-fills")));
    const links = [...strFromU8(parts["xl/worksheets/sheet2.xml"]).matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)];
    expect(links.some(([, ref, location]) => cellsShowing.has(ref) && location === "'LAC Progress Jun-16'!A72")).toBe(true);
    expect(amber?.fill).toMatchObject({ type: "pattern", pattern: "solid" });
  });

  it("highlights a slipped step's date cells with a note saying why, without touching the value", async () => {
    const plan = written.getWorksheet("LAC Progress Jun-16")!;
    const original = (await load(seeds.find((s) => s.name === "004-fills")!.buffer)).getWorksheet("LAC Progress Jun-16")!;
    const g73 = plan.getCell("G73");
    expect(g73.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(String(g73.note)).toMatch(/Slipped/);
    expect(g73.value).toEqual(original.getCell("G73").value);
    expect(g73.numFmt).toBe(original.getCell("G73").numFmt);
  });
});

describe("text from the plan stays text in the summary sheets", () => {
  // One plan holds every hostile text: it is checked once, and each test looks for its own.
  let written: ExcelJS.Workbook;
  beforeAll(async () => {
    written = await load(await checkAndWrite(await toBuffer(buildHostilePlan())));
  });

  it.each(Object.entries(HOSTILE))("%s", (_field, hostile) => {
    const found: ExcelJS.Cell[] = [];
    for (const name of ["Board summary", "Savings", "Actions"]) {
      written.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => void (cell.value === hostile && found.push(cell))));
    }
    expect(found.length).toBeGreaterThan(0);
    for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe("a user's sheet that has the tool's name", () => {
  it("is left alone by check and by clear, and the tool's sheet takes another name", async () => {
    const wb = await load(plans().find((s) => s.name === "004-text")!.buffer);
    const mine = wb.addWorksheet("Board summary");
    mine.getCell("A1").value = "My own board notes";
    mine.getCell("B2").value = 42;
    const withMine = await toBuffer(wb);
    const before = snapshot(await load(withMine)).find((s) => s.name === "Board summary");
    const written = await load(await checkAndWrite(withMine));
    expect(written.worksheets.map((ws) => ws.name)).toContain("Board summary (2)");
    expect(snapshot(written).find((s) => s.name === "Board summary")).toEqual(before);
    const cleared = await load(await clearCopy(await toBuffer(written)));
    expect(snapshot(cleared).find((s) => s.name === "Board summary")).toEqual(before);
    expect(cleared.worksheets.map((ws) => ws.name)).toEqual(["LAC Progress Jun-16", "Board summary"]);
  });
});

describe("a user's own fills and notes on highlighted cells", () => {
  it("come back exactly after clear", async () => {
    const wb = await load(plans().find((s) => s.name === "004-text")!.buffer);
    const g73 = wb.getWorksheet("LAC Progress Jun-16")!.getCell("G73");
    g73.style = { ...g73.style, fill: { type: "pattern", pattern: "darkGrid", fgColor: { argb: "FF00FF00" }, bgColor: { argb: "FF0000FF" } } };
    g73.note = "Checked with finance";
    const original = await toBuffer(wb);
    const written = await load(await checkAndWrite(original));
    expect(String(written.getWorksheet("LAC Progress Jun-16")!.getCell("G73").note)).toMatch(/^Checked with finance\n\nAction Plan Checker:/);
    expect(snapshot(await load(await clearCopy(await toBuffer(written))))).toEqual(snapshot(await load(original)));
  });
});
