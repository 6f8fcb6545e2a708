import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Safeguarding plan",
      widths: [5, 40, 46, 26, 12, 10, 34],
      merges: ["A1:G1", "A2:G2", "A14:G14", "A15:G15", "A16:G16", "A17:G17"],
      rows: [
        [bold("Safeguarding governance action plan – Board of Trustees")], // 1
        ["Agreed by the Board 12 March 2019; progress reviewed at each Board meeting. Reported to the Charity Commission on request."], // 2
        [bold("No."), bold("What the Commission expects of trustees"), bold("Our action"), bold("Trustee lead & staff lead"), bold("By"), bold("RAG"), bold("Evidence / update")], // 3
        ["1", "Make sure the charity's community knows about safeguarding", "Publish the safeguarding statement on the website and in volunteer packs", "Chair of Trustees & CEO", "April 2019", fill(FILL.blue, "B"), "Published 2 April"], // 4
        ["2", "Have appropriate policies and procedures", "Review the safeguarding policy against Commission guidance", "Safeguarding Trustee & Head of Services", "June 2019", fill(FILL.green, "G"), "Draft to June Board"], // 5
        ["3", "Check people are suitable for their roles", "DBS checks for all trustees and volunteers in eligible roles", "HR Manager", "Sept 2019", fill(FILL.amber, "A"), "78% of volunteers checked"], // 6
        ["4", "Know how to spot and refer concerns", "Safeguarding training for all staff, volunteers and trustees", "Head of Services", "Dec 2019", "Amber/Green", "Trustee session held; staff e-learning live"], // 7
        ["5", "Respond to concerns quickly and investigate", "Incident log and serious incident reporting procedure", "CEO", "May 2019", fill(FILL.red, "R"), "Log in place; reporting procedure not yet written"], // 8
        ["6", "Manage risks in a risk register", "Add safeguarding risks to the corporate risk register", "TBC", "June 2019", fill(FILL.green, "G"), null], // 9
        ["7", "Protect people online", "Social media and online safety guidance for volunteers", "Communications Officer", null, fill(FILL.green, "G"), "To be scheduled"], // 10
        ["8", "Hold the board to account", "Annual safeguarding report to the Board", "Safeguarding Trustee", "Annually", fill(FILL.green, "G"), null], // 11
        null, // 12
        null, // 13
        [bold("Key")], // 14
        [fill(FILL.blue, "B – complete")], // 15
        [fill(FILL.green, "G – on track;  A – some slippage;  R – off track, Board to discuss")], // 16
        ["This plan will be reviewed in full in March 2020."], // 17
      ],
    },
  ],
});
