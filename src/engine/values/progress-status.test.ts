import { readStatus, statusInitials } from "./progress-status";

describe("readStatus", () => {
  it.each([
    ["Complete", "complete", true],
    ["Completed", "complete", true],
    ["Fully Achieved", "complete", true],
    ["Closed", "closed", true],
    ["closed - see minutes", "closed", true],
    ["Ongoing", "in-progress", false],
    ["On-going", "in-progress", false],
    ["In Progress", "in-progress", false],
    ["Partially achieved", "in-progress", false],
    ["Not started", "not-started", false],
    ["Not yet started", "not-started", false],
    ["Paused", "paused", false],
    ["e.g. Paused", "paused", false],
    ["On hold", "paused", false],
    ["Overdue", "overdue", false],
    ["Open", "open", false],
    ["Withdrawn", "cancelled", true],
    ["Complete.", "complete", true],
  ])("%p is %p (done: %p)", (text, status, done) => {
    expect(readStatus(text)).toEqual({ kind: "status", status, done });
  });

  it.each(["Red", "G", "Amber/Green", "See update", "Awaiting the board's decision on the new model"])("%p is not a status word", (text) => {
    expect(readStatus(text).kind).toBe("unreadable");
  });

  it("reads a blank cell as empty", () => {
    expect(readStatus("  ")).toEqual({ kind: "empty" });
  });
});

describe("statusInitials: one-letter statuses explained by their header", () => {
  it.each([
    ["Proposed to Open/ Close", "C", "closed", true],
    ["Proposed to Open/ Close", "o", "open", false],
    ["Open / Closed", "C.", "closed", true],
    ["Complete/Ongoing/Not started", "O", "in-progress", false],
  ])("in a column headed %j reads %j as %s", (header, cell, status, done) => {
    expect(readStatus(cell, statusInitials(header))).toEqual({ kind: "status", status, done });
  });

  it.each([
    ["Status"],
    ["Lead/Support"],
    ["Open/Ongoing"],
    ["Date raised / due"],
  ])("finds no initials in %j", (header) => {
    expect(statusInitials(header)).toBeNull();
  });

  it("leaves a letter unread when the header gives no initials", () => {
    expect(readStatus("C", statusInitials("Status")).kind).toBe("unreadable");
  });
});
