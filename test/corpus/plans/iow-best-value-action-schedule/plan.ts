import { bold, definePlan } from "../define";

const header = [bold("Ref"), bold("Item"), bold("Led by"), bold("Assisted by"), bold("Import-ance"), bold("Work involved"), bold("Start by"), bold("Finish by"), bold("05/6 Mtg"), bold("12/6 Mtg"), bold("20/6 Mtg"), bold("04/7 Mtg"), bold("11/7 Mtg")];

export default definePlan({
  sheets: [
    {
      name: "Schedule",
      widths: [5, 50, 10, 12, 7, 7, 11, 11, 7, 7, 7, 7, 7],
      merges: ["A1:M1", "B3:M3", "B8:M8", "B21:M21"],
      rows: [
        [bold("BEST VALUE ACTION PLAN - SCHEDULE")], // 1
        header, // 2
        [bold("1"), bold("Corporate and Departmental Vision, Objectives and Priorities")], // 3
        ["1.1", "Show explicit links between Community Plan, Corporate Plan and LTP:APR", "Chris", null, "V", "S", "Mid May", "End May", "✓"], // 4
        ["1.2", "Note to explain how relevant sections of UDP will change to reflect progress made with other Plans", "Chris", null, "D", "S", "Early June", "Mid June"], // 5
        ["1.3", "Explain briefly how public views have influenced changes to LTP:APR", "Chris", null, "HD", "S", "Early June", "Mid June", null, null, "✓"], // 6
        null, // 7
        [bold("2"), bold("Department's Working Style")], // 8
        ["2.1", "Summarise pertinent views from the Stakeholders' Workshop", "Mike", null, "D", "S", "Mid July", "Mid July"], // 9
        ["2.2", "Summarise relevant views from Member/Staff Workshop", "Mike", null, "D", "S", "Mid July", "Mid July"], // 10
        ["2.3", "Agree common method of presenting office procedures/processes", "Mike", "Malcolm", "HD", "S", "Mid June", "End June"], // 11
        ["2.4", "Draft system for responding to contacts from the public", "Malcolm", "Sarah", "V", "M", "Mid June", "End June"], // 12
        ["2.5", "Draft protocol for working with Members", "Steve", "Corp initiative", "V", "M", "Early May", "End May", null, "✓"], // 13
        ["2.6", "Agree protocol with key Members", "Steve", null, "V", "S", "Early June", "End June"], // 14
        ["2.7", "Develop protocol for working with Parish Councils", "Peter", "Phil/Nick", "HD", "M", "Early June", "End June"], // 15
        ["2.8", "Agree range and style of Department leaflets", "Malcolm", null, "V", "S", "Early June", "End June"], // 16
        ["2.9", "Draft and secure agreement to about 3 leaflets", "Malcolm", "?", "HD", "L", "Early June", "Mid July"], // 17
        null, // 18
        null, // 19
        header, // 20
        [bold("3"), bold("Service Strategies")], // 21
        ["3.1", "Agree content of Executive Summaries", "Chris", null, "V", "S", "Early June", "Mid June", null, "✓"], // 22
        ["3.2", "Draft and agree Executive Summary for road safety", "Phil", null, "HD", "M", "Mid June", "End July"], // 23
        ["3.3", "Draft and agree Executive Summary for bus transport", "Nick", null, "HD", "M", "Mid June", "End July"], // 24
        ["3.4", "Agree scope of highways maintenance strategy", "Peter", "Steve", "V", "M", "Early June", "Mid June"], // 25
      ],
    },
  ],
});
