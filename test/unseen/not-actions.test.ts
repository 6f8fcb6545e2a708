import { checkRows, planSheet, problems, utc, type Row } from "./kit";

/** Rows that sit in a plan's table and are not actions: none of them may raise a finding of its own. */

describe("an audit recommendations tracker with a key, a legend, notes and blank template rows", () => {
  const rows: Row[] = [
    ["Internal audit: follow-up of agreed actions"],
    ["No.", "Recommendation", "Agreed action", "Responsible officer", "Target date", "RAG"],
    ["1", "Reconcile the payroll monthly", "Monthly reconciliation signed off", "Payroll Manager", utc(2021, 3, 31), "Green"],
    ["2", "Review user access to the ledger", "Quarterly access review", "Head of Finance", utc(2021, 6, 30), "Amber"],
    ["3"],
    ["4"],
    [],
    ["Key"],
    ["G", "Implemented or on track"],
    ["A", "Some slippage, will be delivered"],
    ["R", "Will not be delivered"],
    [],
    ["1", "Fully Achieved"],
    ["2", "Partially Achieved"],
    ["3", "Not Achieved"],
    [],
    ["Note: dates are those agreed with management at the audit's close."],
    ["NB", "Priority 1 actions are reported to the committee."],
  ];

  it("reads the two actions and nothing else", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2021-01-15" }));
    expect(sheet.items.map((i) => [i.id, i.owners])).toEqual([
      ["1", ["Payroll Manager"]],
      ["2", ["Head of Finance"]],
    ]);
    expect(problems(sheet)).toEqual([]);
  });
});

describe("a savings plan laid out as people lay it out: a saving on the row above its item, bare risk ids after the last", () => {
  const header: Row = ["NO", "WORKSTREAM", "ACTIONS", "LEAD", "TARGET DATE", "TARGET SAVING (£K)", "Action RAG", "Savings RAG"];
  const rows: Row[] = [
    header,
    ["OUTCOME 1: FEWER PLACEMENTS OUT OF AREA"],
    [null, null, null, null, null, "-1,450"],
    ["1.1", "Recruit in-house carers", "Run a recruitment campaign", "A. Okafor", "Sep 2024", null, "Amber", "Green"],
    ["1.2", "Review framework prices", "Re-tender the framework", "P. Quinn", "Dec 2024", "-300", "Green", "Green"],
    ["R01", "Carers may not come forward in time", null, "A. Okafor"],
    ["R02"],
    ["R03"],
  ];

  it("gives the lone saving to the item under it and reads nothing from the empty risk rows", async () => {
    const sheet = planSheet(await checkRows(rows, { today: "2024-06-30" }));
    expect(sheet.items.map((i) => [i.id, i.saving])).toEqual([
      ["1.1", 1_450_000],
      ["1.2", 300_000],
    ]);
    expect(sheet.risks.map((r) => [r.id, r.owner])).toEqual([["R01", "A. Okafor"]]);
    expect(problems(sheet)).toEqual([]);
  });

  it("reports a lone number that no item can take, once, as a warning", async () => {
    const taken: Row[] = [header, ["1.1", "Recruit in-house carers", "Campaign", "A. Okafor", "Sep 2024", "-100", "Amber", "Green"], [null, null, null, null, null, "-2,100"], ["1.2", "Review prices", "Re-tender", "P. Quinn", "Dec 2024", "-300", "Green", "Green"]];
    const sheet = planSheet(await checkRows(taken, { today: "2024-06-30" }));
    expect(sheet.items.map((i) => i.id)).toEqual(["1.1", "1.2"]);
    expect(problems(sheet)).toEqual([["stray-value", "F3"]]);
  });

  it("reads risks under their own header with no title line", async () => {
    const withHeader = [...rows.slice(0, 5), ["No.", "Risk", "Owner", "Mitigating action"], ["R01", "Carers may not come forward", "", "Widen the campaign"], ["R02"]];
    const sheet = planSheet(await checkRows(withHeader, { today: "2024-06-30" }));
    expect(sheet.items.map((i) => i.id)).toEqual(["1.1", "1.2"]);
    expect(sheet.risks.map((r) => r.id)).toEqual(["R01"]);
    expect(problems(sheet)).toEqual([["owner-missing", "C7"]]);
  });
});

describe("a savings monitor with a total under each directorate", () => {
  it("reads the totals rows as sums, not as steps of the item above", async () => {
    const rows: Row[] = [
      ["Ref", "Saving proposal", "Lead officer", "Savings £'000", "Savings RAG", "Delivery date"],
      ["Place"],
      ["PL 01", "Raise parking permit fees", "Head of Parking", 300, "Green", "Apr-24"],
      ["PL 02", "Charge for garden waste", "Head of Waste", 450, "Amber", "Jun-24"],
      [null, "Total Place", null, 750],
      ["Resources"],
      ["RS 01", "Move the mailroom to digital", "Head of IT", 120, "Red", "Sep-24"],
      [null, "Sub-total Resources", null, 120],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2024-03-31" }));
    expect(sheet.items.map((i) => [i.id, i.saving, i.steps.length])).toEqual([
      ["PL01", 300_000, 1],
      ["PL02", 450_000, 1],
      ["RS01", 120_000, 1],
    ]);
    expect(problems(sheet)).toEqual([]);
  });
});

describe("a second table under the plan, with its own caption and header", () => {
  it("is not read as more actions", async () => {
    const rows: Row[] = [
      ["Ref", "Saving proposal", "Lead officer", "Savings £'000", "Savings RAG", "Delivery date"],
      ["PL 01", "Raise parking permit fees", "Head of Parking", 300, "Green", "Apr-24"],
      ["PL 02", "Charge for garden waste", "Head of Waste", 450, "Red", "Jun-24"],
      [],
      ["Explanation of savings at risk"],
      ["Directorate", "At risk £'000", "Explanation and mitigation"],
      ["Place", 450, "The committee deferred the garden waste charge to the autumn."],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2024-03-31" }));
    expect(sheet.items.map((i) => i.id)).toEqual(["PL01", "PL02"]);
    expect(problems(sheet)).toEqual([]);
  });
});
