import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { buildSeedWorkbooks, toBuffer } from "../fixtures/seed-workbooks";
import { load, snapshot } from "./workbook-snapshot";
import { temporaryFolder } from "../fixtures/temp-folder";
import { captureIo as captureIoOn } from "../cli/capture-io";

const captureIo = () => captureIoOn("2016-07-01");

const dir = temporaryFolder("action-plan-out-");
const at = (name: string) => path.join(dir, name);
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
let plan: string;

beforeAll(async () => {
  const seeds = await buildSeedWorkbooks();
  plan = at("plan.xlsx");
  writeFileSync(plan, seeds.find((s) => s.name === "004-text")!.buffer);
});

describe("action-plan check --out and clear", () => {
  it("writes a checked copy, never the input, and clear gives the plan back", async () => {
    const before = hash(plan);
    const checking = captureIo();
    expect(await main(["check", plan, "--out", at("checked.xlsx")], checking)).toBeLessThan(2);
    expect(hash(plan)).toBe(before);
    // One line on stderr says what the copy got; stdout keeps the report alone.
    expect(checking.stderr).toMatch(/^Wrote .*checked\.xlsx: \d+ cells highlighted with a note saying why, and the sheets 'Board summary', 'Savings', 'Actions'\. The original is unchanged\.\n$/);
    expect(checking.stdout).not.toContain("Wrote");
    expect((await load(readFileSync(at("checked.xlsx")))).worksheets.map((ws) => ws.name)).toContain("Actions");
    const io = captureIo();
    expect(await main(["clear", at("checked.xlsx"), "--out", at("clean.xlsx")], io)).toBe(0);
    expect(io.stderr).toMatch(/^Wrote .*clean\.xlsx: the highlights, notes and sheets of Action Plan Checker taken out/);
    expect(snapshot(await load(readFileSync(at("clean.xlsx"))))).toEqual(snapshot(await load(readFileSync(plan))));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses --out naming the input, in one plain sentence", async () => {
    const io = captureIo();
    expect(await main(["check", plan, "--out", path.join(dir, ".", "plan.xlsx")], io)).toBe(2);
    expect(io.stderr).toMatch(/--out names the workbook being read/);
    const io2 = captureIo();
    expect(await main(["clear", plan, "--out", plan], io2)).toBe(2);
    expect(io2.stderr).toMatch(/never changes it/);
  });

  it("writes nothing when a plan sheet is protected, and says so", async () => {
    const wb = await load(readFileSync(plan));
    await wb.getWorksheet("LAC Progress Jun-16")!.protect("", {});
    writeFileSync(at("locked.xlsx"), await toBuffer(wb));
    const io = captureIo();
    expect(await main(["check", at("locked.xlsx"), "--out", at("locked-out.xlsx")], io)).toBe(2);
    expect(io.stderr).toBe('The sheet "LAC Progress Jun-16" is protected, so the checker wrote nothing. Unprotect it (Review > Unprotect Sheet) and check again, or check without --out.\n');
    expect(io.stdout).toBe("");
    expect(existsSync(at("locked-out.xlsx"))).toBe(false);
  });

  it("says plainly when an output folder does not exist", async () => {
    const io = captureIo();
    expect(await main(["check", plan, "--out", at("no/such/dir/out.xlsx")], io)).toBe(2);
    expect(io.stderr).toMatch(/^Cannot write '.*out\.xlsx'/);
  });
});
