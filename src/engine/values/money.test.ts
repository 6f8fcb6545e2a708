import fc from "fast-check";
import type { Cell } from "../grid";
import { readMoney, unitFromHeader } from "./money";

const typed = (text: string): Cell => ({ value: text, text });
const numeric = (value: number): Cell => ({ value, text: String(value) });

describe("unitFromHeader", () => {
  it.each([
    ["TARGET SAVING (£K)", 1000],
    ["Target Saving (£k)", 1000],
    ["Saving £000", 1000],
    ["Savings (£'000s)", 1000],
    ["Savings (£m)", 1_000_000],
    ["Savings £M", 1_000_000],
    ["Savings (£)", 1],
    ["Savings/ Cost", 1],
    ["Saving", 1],
  ])("%j counts in %d", (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });
});

describe("readMoney", () => {
  it.each([
    ["£48k", 1, 48_000, false, false],
    ["£1.2m", 1000, 1_200_000, false, false],
    ["£250,000", 1000, 250_000, false, false],
    ["48k", 1, 48_000, false, false],
    ["£2 million", 1, 2_000_000, false, false],
    ["£250.000", 1, 250_000, false, false],
    ["Potential net savings of £48k (based on creating additional two foster placements in the first year)", 1, 48_000, false, false],
    ["Potential net savings of £48k (based on creating", 1, 48_000, false, false],
    [
      "Up to £400k per annum based on two SBC placements (£200k of this from Dedicated School Grant so saving would not be realised by SBC)",
      1,
      400_000,
      true,
      true,
    ],
    ["Estimated saving £109k per annum (based on three bed children's home)", 1, 109_000, false, true],
    ["£50k pa", 1, 50_000, false, true],
    ["£1.2m to be realised by March 2018", 1, 1_200_000, false, false],
  ] as const)("reads %j (header unit %d) as £%d", (text, unit, pounds, upTo, perAnnum) => {
    expect(readMoney(typed(text), unit)).toEqual({ kind: "money", pounds, upTo, perAnnum, writtenNegative: false, text });
  });

  it.each([
    [numeric(-219), 1000, 219_000, true],
    [numeric(-507), 1000, 507_000, true],
    [numeric(-922), 1000, 922_000, true],
    [numeric(48000), 1, 48_000, false],
    [numeric(1.1), 1_000_000, 1_100_000, false],
    [typed("-2,100"), 1000, 2_100_000, true],
    [typed("-219"), 1000, 219_000, true],
    [typed("(219)"), 1000, 219_000, true],
    [typed("219"), 1000, 219_000, false],
    [typed("-£48k"), 1000, 48_000, true],
  ] as const)("reads %j (header unit %d) as £%d", (cell, unit, pounds, writtenNegative) => {
    expect(readMoney(cell, unit)).toEqual({ kind: "money", pounds, upTo: false, perAnnum: false, writtenNegative, text: cell.text });
  });

  it.each([typed("None"), typed("Nil"), typed("£0"), typed("0"), typed("-"), typed("£ -"), typed("N/A"), numeric(0)])(
    "reads %j as no saving, which is not a missing one",
    (cell) => {
      expect(readMoney(cell, 1000)).toEqual({ kind: "none", text: cell.text });
    },
  );

  // A range is two figures, not one: taking either end would be a guess at the saving.
  it.each(["TBC", "Savings to be confirmed", "based on two placements", "Saving of 48", "Review 40 cases", "£50-100k", "£50k to £100k", "Between £200k – £300k per annum"])(
    "does not find money in %j",
    (text) => {
      expect(readMoney(typed(text), 1000)).toEqual({ kind: "unreadable", text });
    },
  );

  it("reads a blank cell as empty", () => {
    expect(readMoney({ value: null, text: "" }, 1000)).toEqual({ kind: "empty" });
  });

  it("never throws, and never gives a negative or non-finite amount", () => {
    const cell = fc.record({
      value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
      text: fc.string(),
    });
    fc.assert(
      fc.property(cell, fc.constantFrom(1, 1000, 1_000_000), (c, unit) => {
        const read = readMoney(c, unit);
        if (read.kind === "money") {
          expect(read.pounds).toBeGreaterThan(0);
          expect(Number.isFinite(read.pounds)).toBe(true);
        }
      }),
    );
  });
});
