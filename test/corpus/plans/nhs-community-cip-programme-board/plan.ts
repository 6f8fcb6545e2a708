import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Programme Status",
      widths: [22, 12, 12, 12, 12, 12, 12, 12, 18],
      merges: ["A1:I1", "A2:I2", "A3:I3", "A4:I4"],
      rows: [
        [bold("Programme Management Board – Reporting Period: October 2014")], // 1
        ["At month 7 the Trust has achieved £3,318k in savings against a planned £4,099k. The forecast recurrent shortfall is £335k."], // 2
        ["Each service has detailed timelines for its review; the Programme Management Office monitors the plans and escalates issues to the Board."], // 3
        [bold("2014/15 Programme Status")], // 4
        [bold("Projects"), bold("Recurrent Plan £k"), bold("In Year Plan £k"), bold("Annual Forecast Outturn £k"), bold("Forecast Variance £k"), bold("Year to Date Plan £k"), bold("Year to Date Actual £k"), bold("Variance Year to Date £k"), bold("Lead")], // 5
        ["Estates Utilisation", 256, 256, 256, 0, 149, 149, 0, "Director of Estates"], // 6
        ["Medicines Use", 28, 28, 28, 0, 16, 16, 0, "Chief Pharmacist"], // 7
        ["Non-Pay Efficiency", 256, 256, 256, 0, 149, 149, 0, "Head of Procurement"], // 8
        ["Procurement", 153, 153, 153, 0, 89, 61, -29, "Head of Procurement"], // 9
        ["Health and Wellbeing", 202, 202, 0, -202, 118, 0, -118, "Director of Workforce"], // 10
        ["Travel", 204, 204, 204, 0, 119, 119, 0, "Director of Finance"], // 11
        ["Productivity (Gains)", 202, 202, 202, 0, 118, 118, 0, "Director of Operations"], // 12
        ["Skills Mix", 109, 109, 109, 0, 64, 64, 0, "Director of Nursing"], // 13
        ["CNS Remodel", 51, 51, 69, 18, 0, 0, 0, "Director of Operations"], // 14
        [null, 2910, 2910, 1838, -1072, 485, 339, -146], // 15
        ["EPR", 253, 253, 253, 0, 0, 0, 0, "Director of IM&T"], // 16
      ],
    },
  ],
});
