import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Exception Report",
      widths: [8, 50, 24, 12, 12, 12, 40],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A8:G8"],
      rows: [
        [bold("Improvement Plan Exception Report – January 2009")], // 1
        ["110 actions due in January: 86.4% on target (green), 3.6% one month behind (amber), none over one month behind (red), 10% reprogrammed with approval."], // 2
        [bold("Ref"), bold("Action"), bold("Lead Officer"), bold("Original date"), bold("Revised date"), bold("Status"), bold("Corrective action")], // 3
        [bold("Council Objective 1: Regeneration")], // 4
        ["1.3.2", "Adopt the town centre area action plan", "Head of Planning", "Dec 2008", "Mar 2009", fill(FILL.amber, "Amber"), "Consultation responses delayed; report to March Cabinet"], // 5
        ["1.4.1", "Complete the market hall condition survey", "Head of Street Scene", "Jan 2009", "Apr 2009", "Reprogrammed", "Reprogrammed with approval of CMT"], // 6
        ["1.5.3", "Launch the business support grant scheme", "Economic Development Manager", "Nov 2008", "Feb 2009", fill(FILL.amber, "Amber"), "Scheme criteria agreed; launch February"], // 7
        [bold("Council Objective 2: Improvement")], // 8
        ["2.1.4", "Customer service centre to take council tax calls", "Head of Customer Services", "Jan 2009", "June 2009", "Reprogrammed", "Linked to telephony upgrade"], // 9
        ["2.2.1", "Publish the value for money strategy", "Head of Financial Services", "Dec 2008", null, fill(FILL.red, "Red"), "Draft with CMT"], // 10
        ["2.3.2", "Job evaluation appeals completed", "Head of HR", "Jan 2009", null, fill(FILL.amber, "Amber"), "12 appeals outstanding"], // 11
      ],
    },
  ],
});
