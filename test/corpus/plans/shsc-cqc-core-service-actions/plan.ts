import { bold, date, definePlan } from "../define";

const m = (iso: string) => date(iso, "mmm-yy");

export default definePlan({
  sheets: [
    {
      name: "Acute wards",
      widths: [8, 10, 50, 50, 28, 12, 26],
      merges: ["A1:G1", "A2:G2"],
      rows: [
        [bold("CQC Action Plan – Acute wards for adults of working age and psychiatric intensive care units")], // 1
        ["Inspection November 2016; report published 30 March 2017. Quarterly update, September 2017."], // 2
        [bold("Must / Should"), bold("Ref"), bold("CQC finding"), bold("Action"), bold("Lead"), bold("Estimated completion date"), bold("Status")], // 3
        ["Must", "AW1", "The trust must ensure that ligature risk assessments are up to date on all wards.", "Ligature audits on every ward, reviewed annually", "Service Manager / Modern Matron", m("2017-06-01"), "Complete – CSPI visit requested"], // 4
        ["Must", "AW2", "The trust must ensure that seclusion is recorded in line with the Mental Health Act Code of Practice.", "Seclusion records audited monthly", "Modern Matron", m("2017-09-01"), "Complete – CSPI passed"], // 5
        ["Must", "AW3", "The trust must ensure that there are enough staff on each shift.", "Recruitment and retention plan for inpatient nursing", "Head of Nursing", m("2017-12-01"), "In progress"], // 6
        ["Must", "AW4", "The trust must ensure that patients' physical health is monitored after rapid tranquillisation.", "Rapid tranquillisation monitoring form", "Clinical Director", m("2017-07-01"), "In progress"], // 7
        ["Should", "AW5", "The trust should ensure that patients have access to psychological therapies.", "Psychology sessions on each ward", "Clinical Director", m("2018-03-01"), "Not started"], // 8
        ["Should", "AW6", "The trust should ensure that care plans are personalised.", "Care planning training for ward staff", "Ward Managers", m("2017-11-01"), "In progress"], // 9
        ["Should", "AW7", "The trust should ensure that the ward environment is clean and well maintained.", "Estates walk-rounds monthly", "Estates Manager", "Monthly", "Ongoing"], // 10
      ],
    },
  ],
});
