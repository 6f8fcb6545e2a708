import { checkRows, planSheet, problems, type Row } from "./kit";

/** Headers that name a table's columns in few or unusual words. */

describe("a plan headed with questions: What? How? Who by? When?", () => {
  it("reads each question as the column it asks for", async () => {
    const rows: Row[] = [
      ["Corporate improvement plan – progress at May 2022"],
      ["No", "Report ref", "What?", "How?", "Who by?", "When?"],
      ["1.", "12", "Speed up licensing decisions", "Delegate minor licences to officers", "Lena Marsh", "September 2022"],
      ["2.", "30", "Cut agency spend", "Recruit permanent planners", "Head of Planning", "March 2023"],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2022-05-31" }));
    expect(sheet.columns).toMatchObject({ id: "A", title: "C", action: "D", owner: "E", targetDate: "F" });
    expect(sheet.items.map((i) => [i.id, i.owners, i.steps[0].targetDate])).toEqual([
      ["1", ["Lena Marsh"], "2022-09-30"],
      ["2", ["Head of Planning"], "2023-03-31"],
    ]);
  });

  it("takes a short header of three cells, two of them named roles", async () => {
    const rows: Row[] = [
      ["Board: summary of actions"],
      ["Minute", "Action", "Responsibility"],
      ["BD 12/21", "Bring the estates strategy back in June", "FD"],
      ["BD 14/21", "Circulate the revised risk appetite statement", "CN/MD"],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2021-05-01" }));
    expect(sheet.items.map((i) => [i.title, i.owners])).toEqual([
      ["Bring the estates strategy back in June", ["FD"]],
      ["Circulate the revised risk appetite statement", ["CN", "MD"]],
    ]);
  });
});

describe("a savings tracker whose text column is headed 'Saving'", () => {
  it("takes the column of sentences as the title and the amounts as the saving", async () => {
    const rows: Row[] = [
      ["Savings programme 2023/24"],
      ["Ref", "Saving", "Owner", "Target 2023/24 (£)", "Delivered (£)", "RAG", "Comment"],
      ["SV1", "Restructure the senior team", "Chief Executive", 120000, 120000, "Blue", "Done"],
      ["SV2", "Move payments online for all services", "Head of Customer Services", 80000, 0, "Green", "Testing with residents"],
      ["SV3", "Let the second floor of the offices", "Head of Property", 60000, 0, "Amber", "Tenant found, lease at legal stage"],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2023-10-01" }));
    expect(sheet.columns).toMatchObject({ id: "A", title: "B", owner: "C", saving: "D", actionRag: "F" });
    expect(sheet.items.map((i) => [i.id, i.saving, i.actionRag])).toEqual([
      ["SV1", 120000, "blue"],
      ["SV2", 80000, "green"],
      ["SV3", 60000, "amber"],
    ]);
    expect(problems(sheet)).toEqual([]);
  });
});

describe("an actions register whose headers name their roles in their last words", () => {
  it("reads 'Our agreed action', 'Trustee lead', 'Assigned to' and ids like 'B23-04'", async () => {
    const rows: Row[] = [
      ["Board actions register"],
      ["Action No.", "Meeting date", "Auditor's recommendation", "Our agreed action", "Assigned to", "Timeframe"],
      ["B23-04", "14/03/2023", "Approve the reserves policy", "Draft the policy for the June meeting", "Treasurer", "30/06/2023"],
      ["B23-05", "14/03/2023", "Keep a conflicts register", "Open the register and ask each trustee", "Chair, Secretary", "31/05/2023"],
    ];
    const sheet = planSheet(await checkRows(rows, { today: "2023-04-30" }));
    expect(sheet.columns).toMatchObject({ id: "A", title: "C", action: "D", owner: "E", targetDate: "F" });
    expect(sheet.items.map((i) => [i.id, i.owners, i.steps[0].targetDate])).toEqual([
      ["B23-04", ["Treasurer"], "2023-06-30"],
      ["B23-05", ["Chair", "Secretary"], "2023-05-31"],
    ]);
    expect(problems(sheet)).toEqual([]);
  });
});
