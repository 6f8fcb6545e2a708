import type { Role } from "../plan";
import { roleOfHeader } from "./columns";

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
    ["Progress Update", "update"],
    ["Comments", "update"],
    ["RAG Status", "actionRag"],
    ["BRAG", "actionRag"],
    ["Financial RAG", "savingsRag"],
    ["Savings (£)", "saving"],
    ["Objective", "title"],
    ["Evidence", null],
    ["", null],
  ];
  it.each(cases)("%p → %p", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });
});
