import { parseCommandLine, UsageError } from "./options";

const check = (...args: string[]) => parseCommandLine(["check", "plan.xlsx", ...args]);

describe("whole-number options (--jobs, --due-within): one reading, one sentence per bad value", () => {
  it.each([
    [["--jobs", "2"], { jobs: 2 }],
    [["--jobs", " 4 "], { jobs: 4 }],
    [["--due-within", "0"], { dueWithin: 0 }],
    [["--due-within", "3660"], { dueWithin: 3660 }],
    [[], { jobs: undefined, dueWithin: undefined }],
  ])("reads %j", (args, expected) => {
    expect(check(...args)).toMatchObject(expected);
  });

  it.each([
    [["--jobs", "two"], "--jobs must be a whole number of jobs, e.g. --jobs 2"],
    // Once read as 16 by a number coercion: a count is digits only.
    [["--jobs", "0x10"], "--jobs must be a whole number of jobs, e.g. --jobs 2"],
    [["--jobs", "2.5"], "--jobs must be a whole number of jobs, e.g. --jobs 2"],
    [["--jobs", ""], "--jobs must be a whole number of jobs, e.g. --jobs 2"],
    [["--jobs", "0"], "--jobs must be at least 1"],
    [["--due-within", "four weeks"], "--due-within must be a whole number of days, e.g. 28"],
    [["--due-within", "1e3"], "--due-within must be a whole number of days, e.g. 28"],
    [["--due-within", "3661"], "--due-within must be at most 3660 days (ten years)"],
  ])("turns down %j", (args, sentence) => {
    expect(() => check(...args)).toThrow(new UsageError(sentence));
  });
});
