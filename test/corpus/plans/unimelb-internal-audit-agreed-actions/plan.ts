import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Outstanding MAAs",
      widths: [24, 44, 8, 44, 24, 14, 14],
      merges: ["A1:G1", "A11:G11", "A12:G12", "A13:G13"],
      rows: [
        [bold("Internal Audit – Outstanding Management Agreed Actions (report to Audit Committee)")], // 1
        [bold("Audit"), bold("Finding"), bold("Risk Rating"), bold("Management Agreed Action"), bold("Responsible"), bold("Agreed date"), bold("Status")], // 2
        ["Research grants 2001", "Grant expenditure not reviewed against budget", "H", "Monthly budget review by each chief investigator", "Director, Research Office", "Dec 2001", "Complete"], // 3
        ["Research grants 2001", "Ineligible costs charged to grants", "M", "Guidance issued to departments", "Director, Research Office", "Mar 2002", "In progress"], // 4
        ["Student fees 2001", "Fee waivers granted without approval", "H", "Delegations for waivers to be documented", "Academic Registrar", "Feb 2002", "In progress"], // 5
        ["Student fees 2001", "Debtor follow-up inconsistent", "M", "Debt recovery procedure", "Manager, Student Finance", "June 2002", "Not started"], // 6
        ["Payroll 2001", "Casual timesheets approved after payment", "H", "Approval before payment enforced in the system", "Director, Human Resources", "Jan 2002", "Complete"], // 7
        ["Payroll 2001", "Leave balances not reconciled", "L", "Quarterly reconciliation", "Payroll Manager", "June 2002", "Not started"], // 8
        ["IT security 2001", "Shared administrator passwords", "H", "Named administrator accounts", "Director, IT Services", "Feb 2002", "Complete"], // 9
        null, // 10
        ["Risk rating: H – immediate action required; senior manager designated and timetable agreed with the Director, Internal Audit."], // 11
        ["M – action within a reasonable time, reported in the next follow-up."], // 12
        ["L – action at management's discretion."], // 13
      ],
    },
  ],
});
