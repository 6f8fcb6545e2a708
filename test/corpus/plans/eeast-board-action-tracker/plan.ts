import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Action Tracker",
      widths: [8, 34, 48, 12, 12, 50, 12],
      merges: ["A1:G1", "A11:G11"],
      rows: [
        [bold("In Public Trust Board Action Tracker for the meeting on 08.11.2023")], // 1
        [bold("Ref"), bold("Source (agenda title / item / date / Action Ref)"), bold("Action"), bold("Lead"), bold("Due Date"), bold("Status"), bold("Proposed to Open/ Close")], // 2
        ["2", "Public Board, 12.07.2023, PUB23/4/30.5, Action Tracker", "Provide assurance on essential care skills training compliance", "DoSCE", "08.11.2023", "Review. Being tracked on IPR for essential care skills; weekly supervision in place; full compliance expected by the end of March 2024.", "O"], // 3
        ["5", "Public Board, 12.07.2023, PUB23/4/34.8, FTSU Update", "FTSU report to be updated to reflect the number of reports raised as a percentage of staff for each area", "FTSUG", "08.11.2023", "Item not due yet", "O"], // 4
        ["6", "Public Board, 12.07.2023, PUB23/4/38.7, CEG structure", "Request consideration on the potential for remunerating volunteers for their time commitments", "DoI", "13.09.2023\n\n08.11.2023", "13.09.2023: Three options will report to volunteer advisory forum in October. DoI to confirm outputs to Public Board on 08.11.2023.", "O"], // 5
        ["7", "Public Board, 13.09.2023, PUB23/4/57.11, IPR", "Include in IPR a metric for the number of calls transferred to other providers for response", "DoCAP", "08.11.2023", null, "O"], // 6
        ["8", "Public Board, 13.09.2023, PUB23/4/61.6, Clinical Strategy", "Communications plan for clinical strategy to be updated to reflect how staff and stakeholders will be engaged", "DoSCE", "08.11.2023", null, "O"], // 7
        ["45.16", "Public Board, 09.11.2022, PB22/3/45, integrated performance report", "Request reporting of a training needs analysis in Q2 2023/24", "DoSCE", "08.11.2023", "Verbal update to be provided", "O"], // 8
        ["90.13", "Public Board, 15.03.2023, PUB22/3/90, Integrated Performance Report", "Report timeline for the next phase of IPR developments", "DoCAP", "10.05.2023", "Proposed new metrics agreed and now reported.", "C"], // 9
        ["92.5", "Public Board, 15.03.2023, PUB22/3/92, Inclusivity Plan", "Request consideration be given to the leadership pipeline for all minority staffing groups", "DoSCE", "10.05.2023", "Inclusion training plan for the next three years developed.", "C"], // 10
        [bold("Business Delegated to Committees/ Private Board")], // 11
        ["68.4", "Public Board, 18.01.2022, PUB22/3/68, Board Assurance Framework", "Key strategic contracts to be identified and KPIs monitored at committee level", "DoF", "10.05.2023", "Head of Procurement to raise at EPAG to determine which contracts are 'key'", "O"], // 12
        ["85.6", "Public Board, 15.03.2023, PUB22/3/85, Patient Story", "NED-WT to work with the DoN to share local organisations who could support those with different communication needs", "NED-WT/DoN", null, "Verbal update to be provided", "O"], // 13
      ],
    },
  ],
});
