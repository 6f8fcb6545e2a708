import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Savings 2024-25",
      widths: [7, 44, 28, 14, 14, 10, 40],
      merges: ["A1:G1", "A2:G2", "A14:G14"],
      rows: [
        [bold("Future Tandridge Programme – 2024/25 savings tracker")], // 1
        ["Strategy and Resources Committee, September 2024"], // 2
        [bold("Ref"), bold("Saving"), bold("Owner"), bold("Target 2024/25 (£)"), bold("Delivered to date (£)"), bold("RAG"), bold("Comment")], // 3
        ["S01", "Senior management restructure", "Chief Executive", 94000, 94000, fill(FILL.blue, "Blue"), "Delivered"], // 4
        ["S02", "Digital customer services (online forms and payments)", "Head of Customer Services", 120000, 0, fill(FILL.green, "Green"), "Go-live October after final testing"], // 5
        ["S03", "Grounds maintenance contract re-tender", "Head of Operational Services", 150000, 0, fill(FILL.green, "Green"), "Bids being evaluated; award imminent"], // 6
        ["S04", "Review of fees and charges", "Chief Finance Officer", 84000, 0, fill(FILL.green, "Green"), "Increases from 1 April"], // 7
        ["S05", "Office accommodation: let second floor", "Head of Property", 80000, 0, fill(FILL.green, "Green"), "Tenant in legal stage"], // 8
        ["S06", "Pay and reward review", "Head of HR", 58000, 0, fill(FILL.amber, "Amber"), "Gaps in the workforce strategy being assessed"], // 9
        [null, "Total", null, 586000, 94000, null, null], // 10
        [null, null, null, "-2,100"], // 11
        null, // 12
        null, // 13
        [bold("Programme risks")], // 14
        [bold("No."), bold("Risk"), bold("Owner"), bold("Mitigating action")], // 15
        ["R01", "Workforce strategy gaps delay the pay and reward review", "Head of HR", "Pay and reward review commissioned"], // 16
        ["R02", "Digital go-live slips past October", "Head of Customer Services", "Final testing plan agreed"], // 17
        ["R03", "Grounds maintenance tender does not achieve the saving", "Head of Operational Services", "Evaluation includes price and quality"], // 18
        ["R04"], // 19
      ],
    },
  ],
});
