import fc from "fast-check";
import type { Role } from "../plan";
import { foldsLonger, normaliseHeader, roleOfHeader, roleOfHeaderEnd } from "./columns";

describe("roleOfHeader: header texts seen in plans", () => {
  const cases: Array<[string, Role | null]> = [
    // seed 000
    ["Recommendation", "title"],
    ["Priority", "priority"],
    ["Agreed Action", "action"],
    ["Responsible officer", "owner"],
    ["Target Date", "targetDate"],
    // seed 001
    ["No.", "id"],
    ["Proposed Actions/Progress", "action"],
    ["Success Measures", "measure"],
    ["Savings/ Cost", "saving"],
    ["Lead Responsibility", "owner"],
    ["Finance Manager", "financeManager"],
    ["Date", "targetDate"],
    // seed 004
    ["NO", "id"],
    ["WORKSTREAM/ ACTIVITY", "title"],
    ["WORKSTREAM DETAILS AND ACTIONS REQUIRED (DELIVERABLES)", "action"],
    ["UPDATE", "update"],
    ["LEAD", "owner"],
    ["TARGET END DATE", "targetDate"],
    ["REVISED END DATE", "revisedDate"],
    ["TARGET SAVING (£K)", "saving"],
    ["Priority Rating", "priority"],
    ["Action RAG", "actionRag"],
    ["Savings RAG", "savingsRag"],
    ["Action/ Risk", "title"],
    ["Status", "actionRag"],
    // spec section 2 and common variants
    ["Ref", "id"],
    ["Action Owner", "owner"],
    ["Owner(s)", "owner"],
    ["Lead Officer", "owner"],
    ["Due Date", "targetDate"],
    ["Deadline", "targetDate"],
    ["Timescale", "targetDate"],
    ["Revised Timescale", "revisedDate"],
    ["Forecast", "revisedDate"],
    ["Extension Date", "revisedDate"],
    ["Extended deadline", "revisedDate"],
    ["Rescheduled date", "revisedDate"],
    ["Amended timescale", "revisedDate"],
    ["Re-profiled date", "revisedDate"],
    ["Extension requested", null],
    ["New Date", "revisedDate"],
    ["Progress Update", "update"],
    ["Comments", "update"],
    ["RAG Status", "actionRag"],
    ["BRAG", "actionRag"],
    ["Financial RAG", "savingsRag"],
    ["Savings (£)", "saving"],
    ["Objective", "title"],
    // more wordings from other authorities' plans
    ["Date for completion", "targetDate"],
    ["Target Date for Completion", "targetDate"],
    ["Expected completion date", "targetDate"],
    ["Due by", "targetDate"],
    ["Actual completion date", null],
    ["Date completed", null],
    ["Lead officer(s)", "owner"],
    ["Responsible Officer/Lead", "owner"],
    ["Owner / Lead", "owner"],
    ["Person responsible", "owner"],
    ["Responsibility", "owner"],
    ["Progress RAG", "actionRag"],
    ["Status (RAG)", "actionRag"],
    ["B/R/A/G", "actionRag"],
    ["Savings RAG status", "savingsRag"],
    ["Estimated savings", "saving"],
    ["Action No.", "id"],
    ["Recommendation No.", "id"],
    ["#", "id"],
    ["Key actions", "action"],
    ["Tasks", "action"],
    ["Milestones", "action"],
    ["Area for improvement", "title"],
    ["Issue identified", "title"],
    ["Progress to date", "update"],
    // a CQC inspection's plan: the regulator's "must do" is what the trust answers to
    ["Must/Should do", "title"],
    ["Must do", "title"],
    ["Requirement", "title"],
    ["Area of concern", "title"],
    ["Executive Lead", "owner"],
    ["Operational lead", "owner"],
    ["Clinical Lead", "owner"],
    ["Lead Director", "owner"],
    // a plan written as questions, and a programme's table of projects
    ["What?", "title"],
    ["How?", "action"],
    ["Who by?", "owner"],
    ["When?", "targetDate"],
    ["Projects", "title"],
    ["Led by", "owner"],
    ["Timeframe", "targetDate"],
    ["By", "targetDate"],
    ["Assigned to", "owner"],
    ["Timescale/Lead", "dateAndOwner"],
    ["Lead officer and target date", "dateAndOwner"],
    ["Who and when", "dateAndOwner"],
    ["Finish by", "targetDate"],
    ["Evidence", null],
    ["", null],
  ];
  it.each(cases)("%p → %p", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });
});

describe("roleOfHeaderEnd: a role named in a header's last words", () => {
  it.each<[string, Role | null]>([
    ["City's agreed action", "action"],
    ["Auditor General recommendation", "title"],
    ["Trustee lead & staff lead", "owner"],
    ["Project delivery date", "targetDate"],
    ["2023/24 Savings Proposed £'000", "saving"],
    ["Meeting date", null],
    ["Date raised", null],
    ["Minute item", null],
    ["What the Commission expects of trustees", null],
  ])("%p → %p", (header, role) => {
    expect(roleOfHeaderEnd(header)).toBe(role);
  });
});

describe("foldsLonger: a long text told apart from header words without folding it", () => {
  it("says so only when the folded text is longer", () => {
    // Letters from every script (Turkish İ and the Kelvin sign fold to ASCII letters), punctuation and "(s)".
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom("(s)", "No.", "İ", "K", " - ", "£k", "Ref")), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.nat(12), (t, most) => {
        if (foldsLonger(t, most)) expect(normaliseHeader(t).length).toBeGreaterThan(most);
      }),
    );
  });

  it("on the texts of a plan's rows", () => {
    expect(foldsLonger("Agree and implement a joint audit", 20)).toBe(true);
    expect(foldsLonger("No.", 3)).toBe(false);
    expect(foldsLonger(" Workstream / Activity ", 19)).toBe(false);
  });
});
