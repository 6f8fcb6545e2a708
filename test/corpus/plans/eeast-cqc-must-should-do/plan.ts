import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Must and Should Dos",
      widths: [7, 50, 44, 22, 24, 14, 10, 30],
      merges: ["A1:H1", "A2:H2", "A4:H4", "A10:H10"],
      rows: [
        [bold("CQC Quality Improvement Plan – Must Dos and Should Dos from the 2022 core inspection")], // 1
        ["Trust Board (public), 11 September 2024"], // 2
        [bold("Ref"), bold("Requirement"), bold("Action"), bold("Executive Lead"), bold("Operational Lead"), bold("Completion date"), bold("BRAG"), bold("Evidence of completion")], // 3
        [bold("MUST DO")], // 4
        ["MD1", "The trust must ensure staff complete mandatory training, including safeguarding, to trust targets.", "Training trajectory by sector; weekly compliance reports", "Chief Paramedic", "Head of Education", "31/03/2024", fill(FILL.amber, "Amber"), "Compliance 87% against 95%"], // 5
        ["MD2", "The trust must ensure staff receive an annual appraisal.", "Appraisal recovery plan", "Director of People", "Head of OD", "31/12/2023", fill(FILL.blue, "Blue"), "Compliance 92% sustained for 3 months"], // 6
        ["MD3", "The trust must ensure vehicles and equipment are checked and cleaned.", "Vehicle preparation audit monthly", "Director of Operations", "Head of Fleet", "30/09/2024", fill(FILL.green, "Green"), null], // 7
        ["MD4", "The trust must ensure medicines are stored securely.", "Secure drug safes on all vehicles", "Medical Director", "Chief Pharmacist", "30/06/2024", fill(FILL.red, "Red"), "Installation delayed by supplier"], // 8
        null, // 9
        [bold("SHOULD DO")], // 10
        ["SD1", "The trust should ensure patient records are completed fully.", "Clinical records audit", "Medical Director", "Clinical Audit Lead", "31/03/2024", fill(FILL.blue, "Blue"), "Audit shows 96% completion"], // 11
        ["SD2", "The trust should ensure staff know how to raise concerns.", "Freedom to Speak Up champions in each sector", "Director of People", "FTSU Guardian", "31/12/2024", fill(FILL.green, "Green"), null], // 12
        ["SD3", "The trust should improve call answer times in the control room.", "Recruitment to call handler establishment", "Director of Operations", "Head of EOC", "31/03/2025", fill(FILL.amber, "Amber"), null], // 13
        ["SD4", "The trust should ensure equipment is serviced in line with manufacturer guidance.", "Medical devices asset register", "Director of Operations", "Medical Devices Manager", "30/06/2024", fill(FILL.green, "Green"), "Register complete; servicing at 89%"], // 14
      ],
    },
  ],
});
