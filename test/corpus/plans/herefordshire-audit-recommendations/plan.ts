import { bold, date, definePlan } from "../define";

const d = (iso: string) => date(iso, "d mmmm yyyy");

export default definePlan({
  sheets: [
    {
      name: "Recommendations",
      widths: [10, 26, 50, 8, 26, 16, 14, 40],
      merges: ["A1:H1", "A2:H2"],
      rows: [
        [bold("Herefordshire Council – Tracking of audit recommendations")], // 1
        ["Audit and governance committee, 19 November 2019. Recommendations due October 2018 to September 2019 and still open."], // 2
        [bold("Ref"), bold("Audit"), bold("Recommendation"), bold("Priority"), bold("Responsible officer"), bold("Target date"), bold("Status"), bold("Management update")], // 3
        ["IA 18/07", "Payroll", "Overtime claims to be authorised before payment", "High", "Head of HR", d("2019-03-31"), "Complete", "Authorisation built into system"], // 4
        ["IA 18/12", "Contract management", "Contract register to record contract owners", "Medium", "Head of Procurement", d("2019-03-31"), "In progress", "Typographical error: should read 31 March 2020"], // 5
        ["IA 18/15", "Debtors", "Aged debt over 90 days to be reviewed monthly", "Medium", "Head of Revenues and Benefits", d("2019-09-30"), "In progress", "Monthly review started September"], // 6
        ["IA 19/02", "Information governance", "Subject access requests to be logged centrally", "High", "Information Governance Manager", d("2019-06-30"), "Complete", null], // 7
        ["IA 19/04", "Capital programme", "Business cases to be approved before inclusion in the programme", "Medium", "Head of Corporate Finance", d("2020-01-31"), "Not started", null], // 8
        ["EA 18/01", "External audit – value for money", "Medium term financial strategy to show savings plans by directorate", "High", "Chief Finance Officer", d("2019-12-31"), "In progress", null], // 9
        ["EA 18/02", "External audit – financial statements", "Fixed asset register to be reconciled to the ledger", "Medium", "Head of Corporate Finance / Capital Accountant", d("2019-06-30"), "In progress", "Reconciliation at 80%"], // 10
      ],
    },
  ],
});
