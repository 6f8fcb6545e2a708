import { FILL, bold, date, definePlan, fill } from "../define";

const m = (iso: string) => date(iso, "mmm-yy");

export default definePlan({
  sheets: [
    {
      name: "Savings Monitoring",
      widths: [8, 44, 30, 12, 12, 10, 10, 10],
      merges: ["A1:H1", "A2:H2", "A4:H4", "A10:H10", "A15:H15", "A21:H21"],
      rows: [
        [bold("Savings Monitoring 2023/24 – Month 9")], // 1
        ["General Fund savings proposals approved at Budget Council, February 2023"], // 2
        [bold("Ref"), bold("Saving proposal"), bold("Lead officer"), bold("2023/24 Savings Proposed £'000"), bold("Achieved/ Anticipated £'000"), bold("At Risk £'000"), bold("Savings RAG"), bold("Delivery date")], // 3
        [bold("Health & Adult Social Care")], // 4
        ["HASC 01", "Review of homecare commissioning and rates", "Assistant Director Adult Social Care", 1200, 900, 300, fill(FILL.amber, "Amber"), m("2024-03-01")], // 5
        ["HASC 02", "Reablement to reduce long-term care packages", "Head of Adult Social Care Operations", 1650, 1100, 550, fill(FILL.red, "Red"), m("2023-10-01")], // 6
        ["HASC 03", "Day services redesign", "Head of Commissioning", 800, 800, 0, fill(FILL.blue, "Blue"), m("2023-09-01")], // 7
        ["HASC 04", "Fees and charges uplift", "Head of Finance (HASC)", 666, 210, 456, fill(FILL.red, "Red"), m("2023-06-01")], // 8
        [null, "Total Health & Adult Social Care", null, 4316, 3010, 1306, null, null], // 9
        [bold("Economy, Environment & Culture")], // 10
        ["EEC 01", "Parking tariff and permit fee increases", "Head of Parking Services", 2300, 1209, 1091, fill(FILL.red, "Red"), m("2023-07-01")], // 11
        ["EEC 02", "Garden waste subscription price increase", "Head of City Environment", 420, 420, 0, fill(FILL.green, "Green"), m("2024-03-01")], // 12
        ["EEC 03", "Planning pre-application charging", "Head of Planning", 180, 0, 180, null, m("2024-03-01")], // 13
        [null, "Total Economy, Environment & Culture", null, 2900, 1629, 1271, null, null], // 14
        [bold("Governance, People & Resources")], // 15
        ["GPR 01", "Digital mailroom", "Head of IT&D", 326, 0, 326, fill(FILL.red, "Red"), m("2023-12-01")], // 16
        ["GPR 02", "Financial services restructure", "Chief Finance Officer", 400, 400, 0, fill(FILL.blue, "Blue"), m("2023-04-01")], // 17
        ["GPR 03", "Reduce external audit fees", "Chief Finance Officer", 60, 60, 0, fill(FILL.green, "Green"), m("2024-03-01")], // 18
        [null, "Total Governance, People & Resources", null, 786, 460, 326, null, null], // 19
        null, // 20
        [bold("Explanation and Mitigation of At Risk Savings")], // 21
        [bold("Directorate"), bold("Savings at Risk £'000"), bold("Explanation and Mitigation Strategy")], // 22
        ["Health & Adult Social Care", 1306, "30% of savings at risk due to delays in implementing the savings strategy, demand-led budgets and rising unit costs."], // 23
        ["Economy, Environment & Culture", 1271, "Parking price increases partly reversed by committee; pre-application charging not yet introduced."], // 24
        ["Governance, People & Resources", 326, "IT&D consultation paused to evaluate other options; a full-year saving is not possible."], // 25
      ],
    },
  ],
});
