import { bold, date, definePlan } from "../define";

const d = (iso: string) => date(iso, "dd/mm/yyyy");

export default definePlan({
  sheets: [
    {
      name: "Tracker",
      widths: [12, 18, 48, 9, 24, 12, 12, 10, 30],
      merges: ["A1:I1", "A2:I2", "A4:I4", "A10:I10", "A14:I14", "A18:I18", "A19:I19"],
      rows: [
        [bold("North Devon Council – Audit Recommendation Tracker")], // 1
        ["Governance Committee 9 January 2024"], // 2
        null, // 3
        [bold("Table A – Live recommendations")], // 4
        [bold("Ref"), bold("Audit"), bold("Recommendation"), bold("Priority"), bold("Responsible Officer"), bold("Due Date"), bold("Extension Date"), bold("% Complete"), bold("Update")], // 5
        ["23 PAY 02", "Payroll", "Reconcile starters and leavers monthly to the HR system", "Medium", "Head of HR", d("2024-03-31"), null, "50%", "Process drafted"], // 6
        ["23 CT 04", "Council Tax", "Review of single person discount claims to be completed", "High", "Revenues Manager", d("2024-01-31"), null, "75%", "Review underway"], // 7
        ["23 PROC 01", "Procurement", "Contracts register to be published on the website", "Low", "Procurement Officer", d("2024-06-30"), null, "10%", null], // 8
        null, // 9
        [bold("Table B – Recommendations completed since the last meeting")], // 10
        ["22 ICT 03", "ICT Security", "Multi-factor authentication to be enforced for remote access", "High", "Head of ICT", d("2023-11-30"), null, "100%", "Complete"], // 11
        ["23 CT 01", "Council Tax", "Exemption reviews to be diarised", "Medium", "Revenues Manager", d("2023-12-31"), null, "100%", "Complete"], // 12
        null, // 13
        [bold("Table C – Time extensions requested")], // 14
        ["21 BCFU 07", "Building Control", "Fee income reconciliation to be automated", "Medium", "Building Control Manager", d("2023-09-30"), d("2024-03-31"), "90%", "Now 90% complete; extension requested"], // 15
        ["22 MAS 04", "Members Allowances", "Allowance claims to be made online through Civica", "Low", "Democratic Services Manager", d("2023-12-31"), d("2024-04-30"), "60%", "Extension needed for Civica to put arrangements in place"], // 16
        null, // 17
        [bold("Table D – Outstanding recommendations")], // 18
        ["There are no outstanding recommendations."], // 19
      ],
    },
  ],
});
