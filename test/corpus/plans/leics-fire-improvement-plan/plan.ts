import { bold, date, definePlan } from "../define";

const m = (iso: string) => date(iso, "mmm-yy");

export default definePlan({
  sheets: [
    {
      name: "Improvement Plan",
      widths: [6, 44, 7, 50, 22, 10, 14],
      merges: ["A1:G1", "A2:G2", "A4:A6", "B4:B6", "A7:A8", "B7:B8", "A9:A11", "B9:B11", "A12:A13", "B12:B13"],
      rows: [
        [bold("Leicestershire Fire and Rescue Service – HMICFRS Improvement Plan: progress at end of June 2020")], // 1
        ["24 areas for improvement; 88 actions; 31 completed"], // 2
        [bold("AFI"), bold("Area for improvement"), bold("Action No."), bold("Action"), bold("Owner"), bold("Due"), bold("Status")], // 3
        ["1", "The service should ensure it has an effective system to define the levels of risk in the community.", "1.1", "Refresh the community risk profile using partner data", "Head of Community Risk", m("2019-12-01"), "Complete"], // 4
        [null, null, "1.2", "Publish the integrated risk management plan", "Head of Community Risk", m("2020-04-01"), "Complete"], // 5
        [null, null, "1.3", "Align station plans with the risk profile", "Head of Community Risk", m("2020-09-01"), "On track"], // 6
        ["2", "The service should ensure its firefighters have good access to relevant and up-to-date risk information.", "2.1", "Replace mobile data terminals on all appliances", "Head of ICT", m("2020-03-01"), "Behind schedule"], // 7
        [null, null, "2.2", "Review of site-specific risk information visits", "Head of Response", m("2020-06-01"), "Complete"], // 8
        ["3", "The service should evaluate its prevention work so it understands the benefits better.", "3.1", "Evaluation framework for home safety checks", "Head of Prevention", m("2020-01-01"), "Complete"], // 9
        [null, null, "3.2", "Evaluate the road safety programme", "Head of Prevention", m("2020-07-01"), "On track"], // 10
        [null, null, "3.3", "Report prevention outcomes to the Corporate Governance Committee", "Head of Prevention", m("2020-11-01"), "Not started"], // 11
        ["4", "The service should ensure it has an effective system for staff to use learning and debriefs.", "4.1", "New operational debrief policy", "Head of Operational Assurance", m("2020-02-01"), "Behind schedule"], // 12
        [null, null, "4.2", "Quarterly learning bulletin", "Head of Operational Assurance", "Quarterly", "On track"], // 13
      ],
    },
  ],
});
