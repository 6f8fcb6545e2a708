import { bold, date, definePlan } from "../../define";

const d = (iso: string) => date(iso, "d/mm/yyyy");

export default definePlan({
  sheets: [
    {
      name: "Status",
      widths: [36, 8, 30, 54, 22, 12, 34],
      merges: ["A1:G1", "A2:G2", "A3:G3", "A4:G4", "A5:G5"],
      rows: [
        [bold("Status of Auditor-General's recommendations – entity self-assessment")], // 1
        ["Fully implemented – the recommendation has been implemented, or alternative action taken that addresses the risk."], // 2
        ["Partially implemented – some action taken but further work is needed."], // 3
        ["Not implemented – no action taken yet. No longer applicable – circumstances have changed."], // 4
        null, // 5
        [bold("Report"), bold("Rec."), bold("Entity"), bold("Recommendation"), bold("Status"), bold("Target date"), bold("Entity comment")], // 6
        ["Managing cyber security risks (2019)", "1", "Department of Transport and Main Roads", "Implement a cyber security risk framework aligned to the whole-of-government standard", "Fully implemented", d("2021-06-30"), null], // 7
        ["Managing cyber security risks (2019)", "3", "Department of Transport and Main Roads", "Test incident response plans at least annually", "Partially implemented", d("2024-12-31"), "First exercise held"], // 8
        ["Regulating animal welfare services (2021)", "2", "Department of Agriculture and Fisheries", "Develop a risk-based inspection program for animal welfare", "Partially implemented", d("2023-12-31"), "Program drafted"], // 9
        ["Regulating animal welfare services (2021)", "4", "RSPCA Queensland", "Report inspection outcomes to the department quarterly", "Fully implemented", d("2022-06-30"), null], // 10
        ["Contract management for new infrastructure (2022)", "1", "Department of Energy and Public Works", "Establish a contract management framework for major projects", "Not implemented", d("2024-06-30"), "Awaiting machinery of government changes"], // 11
        ["Contract management for new infrastructure (2022)", "2", "Department of Energy and Public Works", "Train contract managers in the framework", "Not implemented", "30 June 2025", null], // 12
        ["Managing Queensland's debt (2021)", "1", "Queensland Treasury", "Publish the debt management strategy", "No longer applicable", null, "Superseded by the fiscal strategy"], // 13
        ["Delivering forensic services (2019)", "5", "Queensland Health", "Reduce the backlog of DNA samples", "Partially implemented", d("2023-06-30"), "Backlog reduced by 40%"], // 14
      ],
    },
  ],
});
