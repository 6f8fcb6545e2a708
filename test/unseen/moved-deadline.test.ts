import { checkRows, planSheet, type Row } from "./kit";

function tracker(action: string, due: string): Row[] {
  return [
    ["Board action tracker"],
    ["Ref", "Action", "Lead", "Due Date", "Status"],
    ["4.2", action, "DoF", due, "Open"],
    ["4.3", "Publish the estates review", "DoF", "31.01.2024", "Open"],
  ];
}

describe("two dates in the due date cell", () => {
  it.each<[string, string, string, string | null]>([
    ["Report the options to the Board", "13.09.2023\n\n08.11.2023", "2023-09-13", "2023-11-08"],
    ["Report the options to the Board", "30.06.2023\n31.12.2023", "2023-06-30", "2023-12-31"],
  ])("beside one action %j, reads %j as the deadline moved on", async (action, due, target, revised) => {
    const sheet = planSheet(await checkRows(tracker(action, due), { today: "2023-11-01" }));
    const item = sheet.items[0];
    expect([item.steps.length, item.steps[0].targetDate, item.steps[0].revisedDate]).toEqual([1, target, revised]);
  });

  it.each<[string, string]>([
    ["Draft the policy\nConsult the staff", "30.06.2023\n31.12.2023"],
    ["Report the options to the Board", "31.12.2023\n30.06.2023"],
    ["Report the options to the Board", "May 2023 July 2023"],
  ])("beside %j, out of order or in months, keeps %j as two steps", async (action, due) => {
    const sheet = planSheet(await checkRows(tracker(action, due), { today: "2023-11-01" }));
    expect(sheet.items[0].steps.map((s) => s.revisedDate)).toEqual([null, null]);
  });
});
