import { bold, date, definePlan } from "../../define";

export default definePlan({
  sheets: [
    {
      name: "Action log",
      widths: [12, 50, 16, 14, 14, 36],
      merges: ["A1:F1", "A4:A7", "A8:A11", "A12:A13"],
      rows: [
        [bold("County Executive – Action Log")], // 1
        ["Updated after the executive meeting of 12 March 2024. Outstanding actions carried over from earlier meetings."], // 2
        [bold("Meeting date"), bold("Action"), bold("Responsible"), bold("By when"), bold("Status"), bold("Comments")], // 3
        [date("2023-11-14", "d mmm yyyy"), "Circulate revised county budget to all division commissioners", "Treasurer", "30 Nov", "Complete", null], // 4
        [null, "Book venue for the county AGM", "County Secretary", "31 Jan", "Complete", "Booked for 27 April"], // 5
        [null, "Review the county safeguarding checklist", "CC & Safeguarding Lead", "Next meeting", "Ongoing", "Waiting for new national guidance"], // 6
        [null, "Recruit a county PR volunteer", "County Commissioner", "31 Mar", "In progress", "Advert on Go!"], // 7
        [date("2024-01-16", "d mmm yyyy"), "Agree grants for division camps", "Treasurer, County Commissioner", "29 Feb", "Complete", null], // 8
        [null, "Update the trustee register with the charity regulator", "County Secretary", "28 Feb", "Not started", null], // 9
        [null, "Plan the volunteer thank-you event", "Events team", "June", "Not started", null], // 10
        [null, "Check the first aid kits at the county campsite", "Campsite Manager", "Before Easter", "Ongoing", null], // 11
        [date("2024-03-12", "d mmm yyyy"), "Circulate risk assessment template for overnight trips", "Outdoor Activities Adviser", "30 Apr", "Not started", null], // 12
        [null, "Prepare the annual report for the AGM", "County Secretary", "19 Apr", "In progress", null], // 13
        [null, null, null, null, null, null], // 14
        [null, null, null, null, null, null], // 15
      ],
    },
  ],
});
