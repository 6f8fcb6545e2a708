import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "HMICFRS Action Plan",
      widths: [8, 50, 50, 10, 14, 8, 40],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A9:G9", "A14:G14"],
      rows: [
        [bold("Buckinghamshire Fire & Rescue Service – HMICFRS Inspection Report Action Plan")], // 1
        ["Effectiveness – requires improvement; Efficiency – requires improvement; People – good"], // 2
        [bold("Ref"), bold("Area for improvement / Recommendation"), bold("Proposed action"), bold("Lead"), bold("Target date"), bold("RAG"), bold("Progress")], // 3
        [bold("Cause of concern: the Service has not made sure its protection staff are resourced to meet its risk-based inspection programme")], // 4
        ["R1", "By 31 March 2020 the Service should develop a plan to resource its risk-based inspection programme.", "Resourcing plan for protection to be approved by the Fire Authority", "HoPA", "31/03/2020", "G", "Plan drafted for Executive Committee"], // 5
        ["R2", "The Service should ensure its risk-based inspection programme prioritises the highest-risk premises.", "Review the risk-based inspection programme methodology", "HoPA", "Q4 2019/20", "A", "Methodology review delayed by recruitment"], // 6
        null, // 7
        [bold("Areas for improvement")], // 8
        [bold("Effectiveness")], // 9
        ["AFI 1", "The Service should ensure it gathers and records relevant and up-to-date risk information.", "Site-specific risk information audit and refresh", "HoSD", "Q3 2019/20", "G", "Audit under way"], // 10
        ["AFI 2", "The Service should evaluate its prevention work so it understands the benefits.", "Evaluation framework for prevention activity", "HoP", "Q2 2019/20", "B", "Framework adopted"], // 11
        ["AFI 3", "The Service should ensure staff understand how to identify vulnerability and safeguard vulnerable people.", "Safeguarding training for all operational staff", "HoP", "Q3 2019/20", "A", "72% trained"], // 12
        ["AFI 4", "The Service should ensure it works with local partners to target its fire engagement work.", "Partnership data-sharing agreements", "HoP", "Q1 2020/21", "G", null], // 13
        [bold("Efficiency")], // 14
        ["AFI 5", "The Service should make sure it has good business continuity arrangements in place.", "Business continuity plans to be tested", "HoR", "Q2 2019/20", "R", "Testing not yet scheduled"], // 15
        ["AFI 6", "The Service should ensure the workforce plan takes full account of skills needed.", "Workforce plan refresh", "HoHR", "Q4 2019/20", "G", "Skills audit complete"], // 16
      ],
    },
  ],
});
