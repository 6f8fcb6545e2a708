import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Standards Action Plan",
      widths: [6, 46, 20, 18, 12, 30, 36, 8],
      merges: ["A1:H1", "A2:H2", "A4:H4", "A9:H9", "A14:H14"],
      rows: [
        [bold("Federation Standards Action Plan, January 2014 – August 2015")], // 1
        ["Compiled with the Executive Principal, the Headteachers, senior staff and the Chair of Governors. Reviewed at each HMI visit."], // 2
        [bold("Ref"), bold("Action"), bold("Lead"), bold("Timescale"), bold("Cost"), bold("Monitoring"), bold("Success criteria"), bold("RAG")], // 3
        [bold("Priority 1: Strategic leadership and governance")], // 4
        ["1a", "Governors' skills audit and training programme", "Chair of Governors", "March 2014", "£1,200", "Full governing body", "All governors trained in data", fill(FILL.blue)], // 5
        ["1b", "Governor visits linked to plan priorities", "Chair of Governors", "Termly", "Nil", "Full governing body", "Visit notes show challenge", fill(FILL.green)], // 6
        ["1c", "Headteachers' performance management targets linked to standards", "Executive Principal", "Oct 2014", "Nil", "Pay committee", "Targets set and reviewed", fill(FILL.green)], // 7
        ["1d", "Recruit a federation business manager", "Executive Principal", "Sept 2014", "£32,000", "Finance committee", "Post filled", fill(FILL.red)], // 8
        [bold("Priority 2: Quality assurance and baseline")], // 9
        ["2a", "Baseline assessment in reading, writing and maths in every year group", "Deputy Headteachers", "Feb 2014", "Supply £800", "SLT", "Baseline data on tracker", fill(FILL.blue)], // 10
        ["2b", "Half-termly pupil progress meetings", "Headteachers", "Half-termly", "Nil", "SLT", "Pupils below expected progress identified", fill(FILL.green)], // 11
        ["2c", "Joint lesson observations with the local authority adviser", "Executive Principal / LA adviser", "June 2014", "LA time", "Standards committee", "90% of teaching good or better", fill(FILL.amber)], // 12
        ["2d", "Work scrutiny across both schools", "Subject leaders", "July 2014", "Nil", "Standards committee", "Marking policy followed in all books", fill(FILL.amber)], // 13
        [bold("Priority 3: Support and intervention")], // 14
        ["3a", "Reading intervention programme for Year 3 and 4", "SENCo", "April 2014", "£2,500", "SLT", "Reading ages up by 12 months", fill(FILL.green)], // 15
        ["3b", "Maths booster groups for Year 6", "Year 6 teachers", "May 2014", "£1,500", "SLT", "75% at level 4+", fill(FILL.green)], // 16
      ],
    },
  ],
});
