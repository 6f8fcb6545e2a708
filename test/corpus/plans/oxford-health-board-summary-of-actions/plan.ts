import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Summary of Actions",
      widths: [34, 80, 16],
      merges: ["A2:C2", "A4:C4", "A6:C6", "A8:C8", "A10:C10"],
      rows: [
        ["PUBLIC"], // 1
        [bold("Summary of Actions from the Board meeting on 28 February 2018")], // 2
        [bold("Relevant Item"), bold("Action"), bold("Responsibility")], // 3
        [bold("Actions held over from previous meetings on 26 April and 24 May 2017")], // 4
        ["BOD 60/17(h)\nBOD 21/17 (b)\nBOD 32/17(b) / Strategic Partnerships Report", "Future reporting to include more evaluation of whether progress achieved was as expected.\nStatus: in progress – pending reworking of all performance reporting due in the new financial year 2017/18.", "MW"], // 5
        [bold("Actions held over from previous meeting on 25 October 2017")], // 6
        ["BOD 180/17(b)-(c) / Board Assurance Framework (BAF)", "To update the risk at SO 2.3 around financial exposure to separate out the risk relating to achievement of CIP, and the workforce risks at SO 5.1 and 5.2.\nStatus: in progress – for next BAF update April 2018.", "HS"], // 7
        [bold("Action held over from previous meeting on 29 November 2017")], // 8
        ["BOD 192/17 (f) / Performance Report", "Deep dive of specific performance areas at the Caring and Responsive Quality Sub Committee and report back to Quality Committee and Board.\nStatus: tbc in meeting", "MW"], // 9
        [bold("Actions from meeting on 28 February 2018")], // 10
        ["BOD 24/18(b) / Gender pay gap reporting", "The Trust to publish gender pay gap reporting by the end of March 2018.\nStatus: in progress", "TB"], // 11
        ["BOD 24/18(c) / Workforce reporting", "Development of workforce reporting to cover training levels and appraisal rates.\nStatus: to come back to the May 2018 Board", "KR"], // 12
        ["BOD 26/18(a) / Minutes of the meeting held on 31 January 2018", "Amend to record the apologies of the Director of Finance.\nStatus: complete", "KR"], // 13
        ["BOD 29/18(d) / Quality and Safety Report", "Report the learning from deaths review to Quality Committee.\nStatus: on hold", "DH/MW"], // 14
      ],
    },
  ],
});
