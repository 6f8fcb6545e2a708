import { FILL, bold, date, definePlan, fill } from "../define";

const d = (iso: string) => date(iso, "dd-mmm-yy");

export default definePlan({
  sheets: [
    {
      name: "Appendix 1",
      widths: [6, 22, 44, 44, 20, 12, 12, 8, 30],
      merges: ["A1:I1", "A2:I2", "A4:I4", "A9:I9", "A14:B14", "A15:B15", "A16:B16", "A17:B17"],
      rows: [
        [bold("Bromsgrove District Council – Internal Audit Recommendation Tracker")], // 1
        ["Priority one and key priority two findings and agreed actions – position at 30 September 2010"], // 2
        [bold("No."), bold("Audit"), bold("Finding"), bold("Agreed Action"), bold("Responsible Officer"), bold("Target Completion Date"), bold("Revised Target Completion Date"), bold("Status"), bold("Comments")], // 3
        [bold("2008/09 Audit Plan")], // 4
        ["1", "Main Accounting", "Suspense account not cleared monthly", "Suspense account to be reviewed and cleared monthly", "Financial Services Manager", d("2009-06-30"), d("2010-03-31"), fill(FILL.green), "Cleared monthly since April"], // 5
        ["2", "Creditors", "Duplicate payments not checked before BACS run", "Duplicate payment report to be run before each BACS run", "Financial Services Manager", d("2009-09-30"), null, fill(FILL.blue), "Implemented"], // 6
        ["3", "Car Parks", "Cash collection not reconciled to machine audit rolls", "Weekly reconciliation of cash to audit rolls", "Head of Street Scene", d("2009-12-31"), d("2010-06-30"), fill(FILL.red), "New machines delayed; reconciliation not yet in place"], // 7
        ["4", "Housing Benefits", "Overpayment recovery not monitored", "Monthly report on overpayment recovery to be produced", "Benefits Manager", d("2010-03-31"), d("2010-12-31"), fill(FILL.amber), "Report designed; awaiting system upgrade"], // 8
        [bold("2009/10 Audit Plan")], // 9
        ["5", "Payroll", "Starters' forms not authorised", "All starter forms to be authorised by the head of service", "HR Manager", d("2010-06-30"), null, fill(FILL.green), "Checks in place"], // 10
        ["6", "ICT", "No tested disaster recovery plan", "Disaster recovery plan to be tested", "ICT Manager", d("2010-09-30"), d("2011-03-31"), fill(FILL.amber), "Test scheduled for February"], // 11
        ["7", "Procurement", "Contract standing orders waived without record", "Waivers to be recorded and reported to Audit Board", "Head of Legal", d("2010-08-31"), null, fill(FILL.red), "No register yet"], // 12
        null, // 13
        ["Key", null, null, null, null, null, null, null, null], // 14
        [fill(FILL.blue, "Complete")], // 15
        [fill(FILL.green, "On target for revised date")], // 16
        [fill(FILL.red, "Revised date missed or not set")], // 17
      ],
    },
  ],
});
