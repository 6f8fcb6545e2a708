import { bold, date, definePlan } from "../../define";

const d = (iso: string) => date(iso, "dd/mm/yy");

export default definePlan({
  sheets: [
    {
      name: "Overdue actions",
      widths: [28, 46, 10, 12, 12, 10, 28, 34],
      merges: ["A1:H1", "A2:H2", "A4:H4", "A8:H8", "A12:H12"],
      rows: [
        [bold("Overdue Internal Audit Recommendations")], // 1
        ["Report of the Manager of Internal Audit and Risk – actions past their original target date at 31 August 2019"], // 2
        [bold("Audit"), bold("Agreed action"), bold("Priority"), bold("Original Target Date"), bold("Revised Target Date"), bold("No. of revisions"), bold("Responsible Officer"), bold("Reason for delay")], // 3
        [bold("Adult and Health Services")], // 4
        ["Direct Payments 2017/18", "Reviews of direct payment accounts to be completed within 12 months", "High", d("2018-03-31"), d("2019-12-31"), "3", "Head of Adult Care", "Review team restructured"], // 5
        ["Deprivation of Liberty Safeguards", "Backlog of DoLS assessments to be reduced to under 200", "High", d("2018-09-30"), d("2019-06-30"), "2", "Strategic Manager – Safeguarding", "Demand increased"], // 6
        ["Home care contracts", "Contract monitoring visits to be scheduled for all providers", "Medium", d("2019-01-31"), d("2019-10-31"), "1", "Head of Commissioning", null], // 7
        [bold("Regeneration and Local Services")], // 8
        ["Fleet Management", "Vehicle utilisation report to be produced quarterly", "Medium", d("2018-12-31"), d("2019-08-31"), "2", "Fleet Manager", "System upgrade delayed"], // 9
        ["Highways stores", "Stock counts to be reconciled to the ledger", "High", d("2019-03-31"), d("2019-11-30"), "1", "Highways Services Manager", null], // 10
        ["Bereavement services", "Income from burials to be reconciled monthly", "Medium", d("2019-05-31"), null, "0", "Bereavement Services Manager", "Not yet started"], // 11
        [bold("Resources")], // 12
        ["ICT Asset Management", "Laptops to be recorded on the asset register when issued", "Medium", d("2019-04-30"), d("2019-09-30"), "1", "Head of ICT / Service Desk Manager", null], // 13
        ["Purchase cards", "Monthly card statements to be signed off by budget holders", "High", d("2019-02-28"), d("2019-07-31"), "1", "Head of Finance", "Awaiting new policy"], // 14
      ],
    },
  ],
});
