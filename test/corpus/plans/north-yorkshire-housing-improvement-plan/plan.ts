import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Cover",
      widths: [100],
      rows: [
        [bold("North Yorkshire Council – Executive, 15 April 2025")], // 1
        [bold("Housing Improvement Plan")], // 2
        null, // 3
        ["Purpose: to present the Housing Improvement Plan, the Council's response to the C3 Regulatory Judgement issued by the Regulator of Social Housing, and to seek its adoption."], // 4
        ["The Council is responsible for nearly 8,500 homes inherited from the three former stock-retaining districts."], // 5
        ["Recommendation: that the Executive adopts the Housing Improvement Plan as the vehicle for delivering a compliant housing service."], // 6
        ["Progress against the plan is reported to the Housing and Leisure Overview and Scrutiny Committee each quarter."], // 7
      ],
    },
    {
      name: "Housing Improvement Plan",
      widths: [6, 50, 26, 14, 14, 10, 40],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A9:G9", "A13:G13", "A17:B17", "A18:B18", "A19:B19", "A20:B20", "A21:B21", "A22:B22"],
      rows: [
        [bold("North Yorkshire Council – Housing Improvement Plan")], // 1
        ["Response to the C3 Regulatory Judgement. Progress at 31 March 2025"], // 2
        [bold("Ref"), bold("Action"), bold("Lead"), bold("Target Date"), bold("Revised Date"), bold("RAG"), bold("Progress update")], // 3
        [bold("Theme 1: Safety and compliance")], // 4
        ["1.1", "Complete fire risk assessments for all blocks with communal areas", "Head of Housing Compliance", "Q4 2024/25", null, fill(FILL.green), "FRAs complete for 94% of blocks"], // 5
        ["1.2", "Complete outstanding electrical condition reports (EICR)", "Head of Housing Compliance", "Q1 2025/26", null, fill(FILL.amber), "Contractor capacity limited"], // 6
        ["1.3", "Remediate overdue fire safety actions", "Head of Property Services", "Q4 2024/25", "Q2 2025/26", fill(FILL.red), "1,140 actions outstanding"], // 7
        ["1.4", "Single compliance database across the three former districts", "Head of Housing Compliance", "Q3 2024/25", null, fill(FILL.blue), "Live December 2024"], // 8
        [bold("Theme 2: Stock condition and decent homes")], // 9
        ["2.1", "Stock condition survey of all homes", "Head of Property Services", "Q2 2026/27", null, fill(FILL.green), "Procurement complete"], // 10
        ["2.2", "Damp and mould case management procedure", "Housing Operations Manager", "Q4 2024/25", null, fill(FILL.blue), "Procedure adopted"], // 11
        ["2.3", "Clear backlog of responsive repairs", "Head of Property Services", "Q1 2025/26", null, fill(FILL.amber), null], // 12
        [bold("Theme 3: Tenant engagement and data")], // 13
        ["3.1", "Tenant satisfaction measures collected and published", "Assistant Director Housing", "Q1 2025/26", null, fill(FILL.green), "Survey in field"], // 14
        ["3.2", "Performance framework reported to Executive quarterly", "Assistant Director Housing", "Q4 2024/25", null, fill(FILL.green), "First report April 2025"], // 15
        null, // 16
        [bold("RAG key")], // 17
        [fill(FILL.blue, "Blue – complete")], // 18
        [fill(FILL.green, "Green – on track")], // 19
        [fill(FILL.amber, "Amber – at risk, mitigations in place")], // 20
        [fill(FILL.red, "Red – off track")], // 21
        ["Quarters are financial-year quarters: Q4 2024/25 is January to March 2025."], // 22
      ],
    },
  ],
});
