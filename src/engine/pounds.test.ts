import fc from "fast-check";
import { pounds } from "./words";

const INTL = { 0: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }), 2: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }) };

/** What pounds wrote when it asked Intl for every amount: its digits are now made by hand. */
function byIntl(amount: number, penceDigits: 0 | 2): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}£${INTL[penceDigits].format(Math.abs(amount))}`;
}

describe("pounds, written as Intl writes them", () => {
  it.each([0, -0, 0.5, 1.5, 2.5, -2.5, 0.995, 1.005, 9.995, 99.5, 999.5, 999_999.5, 1234.565, 0.004, 0.005, 57.25, -57.5, 219_000, 1e20, 1.5e21, 1e-7, -1e-7, 123456789.125, Number.MAX_SAFE_INTEGER])(
    "%p",
    (amount) => {
      expect([pounds(amount), pounds(amount, 2)]).toEqual([byIntl(amount, 0), byIntl(amount, 2)]);
    },
  );

  it("for any amount a plan may hold, whole or in pence", () => {
    const amounts = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((pence) => pence / 100),
      fc.integer({ min: -1e7, max: 1e7 }).map((tenths) => tenths / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
    );
    fc.assert(
      fc.property(amounts, (amount) => pounds(amount) === byIntl(amount, 0) && pounds(amount, 2) === byIntl(amount, 2)),
      { numRuns: 5000 },
    );
  });
});
