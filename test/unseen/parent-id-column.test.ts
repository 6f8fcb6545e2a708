import { checkRows, planSheet, type Row } from "./kit";

/**
 * An inspection improvement plan: each area for improvement numbered in its own column, its
 * actions numbered under it in the next ("2.1", "2.2"), the owner written beside each action.
 */
const nested: Row[] = [
  ["Inspection improvement plan: progress at March 2022"],
  ["Area No.", "Area for improvement", "Action No.", "Action", "Owner", "Due", "Status"],
  ["1", "The trust should improve its record keeping.", "1.1", "Audit the care records monthly", "Head of Nursing", "31/01/2022", "Complete"],
  ["", "", "1.2", "Train ward staff on the new template", "Head of Nursing", "30/06/2022", "On track"],
  ["2", "The trust should learn from incidents.", "2.1", "Publish a learning bulletin", "Patient Safety Lead", "28/02/2022", "Complete"],
  ["", "", "2.2", "Review the incident policy", "Patient Safety Lead", "31/05/2022", "Not started"],
  ["", "", "2.3", "Hold quarterly learning events", "Patient Safety Lead", "30/09/2022", "Not started"],
];

describe("two id columns, actions numbered under the areas", () => {
  it("reads each area as an item and its numbered actions as steps", async () => {
    const sheet = planSheet(await checkRows(nested, { today: "2022-03-31" }));
    expect(sheet.columnChoices).toMatchObject({ id: { taken: "A", runnerUp: "C" } });
    expect(sheet.items.map((i) => [i.id, i.owners, i.steps.length])).toEqual([
      ["1", ["Head of Nursing"], 2],
      ["2", ["Patient Safety Lead"], 3],
    ]);
  });

  it.each<[string, Row[]]>([
    [
      "actions not numbered under the first column",
      [
        ["Theme", "Ref", "Action", "Owner", "Due"],
        ["1", "A1", "Audit the care records", "Head of Nursing", "31/01/2022"],
        ["", "A2", "Train ward staff", "Head of Nursing", "30/06/2022"],
        ["2", "B1", "Publish a bulletin", "Patient Safety Lead", "28/02/2022"],
      ],
    ],
    [
      "a first column as full as the ids",
      [
        ["Group", "Ref", "Action", "Owner", "Due"],
        ["1", "1.1", "Audit the care records", "Head of Nursing", "31/01/2022"],
        ["1", "1.2", "Train ward staff", "Head of Nursing", "30/06/2022"],
        ["2", "2.1", "Publish a bulletin", "Patient Safety Lead", "28/02/2022"],
      ],
    ],
  ])("keeps the numbered actions as the items when there is %s", async (_why, rows) => {
    const sheet = planSheet(await checkRows(rows, { today: "2022-03-31" }));
    expect(sheet.items.map((i) => i.id)).toEqual(rows.slice(1).map((r) => r[1]));
  });
});
