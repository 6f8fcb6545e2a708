import { bold, date, definePlan } from "../define";

const d = (iso: string) => date(iso, "mm/dd/yyyy");

export default definePlan({
  sheets: [
    {
      name: "Action Plans",
      widths: [24, 10, 44, 22, 14, 14, 12, 10],
      rows: [
        [bold("Project"), bold("Finding"), bold("Action plan"), bold("Owner"), bold("Original due date"), bold("Revised date"), bold("Status"), bold("% complete")], // 1
        ["FY24 Procure-to-Pay", "F-01", "Three-way match enforced for all purchase orders over $5,000", "Controller", d("2024-03-31"), null, "Complete", "100%"], // 2
        ["FY24 Procure-to-Pay", "F-02", "Vendor master changes reviewed by a second person", "AP Manager", d("2024-04-30"), d("2024-08-31"), "Delayed", "60%"], // 3
        ["FY24 Procure-to-Pay", "F-03", "Quarterly review of open purchase orders", "Purchasing Director", d("2024-06-30"), null, "On Track", "80%"], // 4
        ["FY24 IT General Controls", "F-01", "Terminate access within 24 hours of separation", "IT Security Manager", d("2024-05-31"), null, "Delayed", "40%"], // 5
        ["FY24 IT General Controls", "F-02", "Document change approvals for ERP releases", "ERP Lead", d("2024-09-30"), null, "On Track", "50%"], // 6
        ["FY24 Payroll", "F-01", "Reconcile payroll register to general ledger monthly", "Payroll Manager", d("2024-02-29"), null, "Complete", "100%"], // 7
        ["FY24 Payroll", "F-02", "Approve overtime before payment", "HR Director / Payroll Manager", d("2024-07-31"), d("2024-10-31"), "Delayed", "25%"], // 8
      ],
    },
  ],
});
