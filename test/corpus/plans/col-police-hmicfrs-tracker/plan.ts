import { FILL, bold, definePlan, fill } from "../define";

export default definePlan({
  sheets: [
    {
      name: "HMICFRS tracker",
      widths: [28, 8, 54, 22, 14, 14, 10, 44],
      merges: ["A1:H1", "A2:H2"],
      rows: [
        [bold("City of London Police – HMICFRS recommendations and areas for improvement")], // 1
        ["Police Authority Board – Performance and Resource Management Committee, November 2019"], // 2
        [bold("Inspection report"), bold("Ref"), bold("Recommendation / AFI"), bold("Owner"), bold("Original date"), bold("Revised date"), bold("RAG"), bold("Update")], // 3
        ["Fraud: Time to Choose (2019)", "Rec 2", "Timetable for implementing the revised Know Fraud system to be published", "Commander Economic Crime", "Sept 2019", "Dec 2019", fill(FILL.red, "RED"), "Letter to all forces planned late November/early December"], // 4
        ["Fraud: Time to Choose (2019)", "Rec 3", "Policy for responding to and investigating allegations of fraud to be published", "Commander Economic Crime", "Sept 2019", "Jan 2020", fill(FILL.red, "RED"), "Draft policy under review"], // 5
        ["Fraud: Time to Choose (2019)", "Rec 5", "Guidance to Action Fraud and Chief Constables on explanations to victims", "Head of Action Fraud", "Sept 2019", "Dec 2019", fill(FILL.red, "RED"), "Ownership changed; delayed"], // 6
        ["Custody inspection (2018)", "Rec 9", "Detainee care should be improved to ensure access to fresh air and exercise", "Commander Operations", "Mar 2019", null, fill(FILL.red, "RED"), "Options for the site costed"], // 7
        ["Hate crime (2018)", "AFI 4", "Home Office cyber-enabled flag for hate crime to be consistently applied", "Head of Strategic Planning", "June 2019", null, fill(FILL.red, "RED"), "Flag in use; demonstration period before Green"], // 8
        ["Custody inspection (2018)", "Rec 11", "Police custody records to show rights and entitlements given", "Commander Operations", "Oct 2019", "Jan 2020", fill(FILL.amber, "AMBER"), "Audit of records under way"], // 9
        ["PEEL Legitimacy (2017)", "AFI 2", "Stop and search training for all officers", "Head of Learning", "Mar 2019", null, fill(FILL.green, "GREEN"), "Training delivered"], // 10
        ["PEEL Efficiency (2017)", "AFI 1", "Workforce review to be completed (Deloitte)", "Director of HR", "Dec 2018", null, fill(FILL.green, "GREEN"), "Review complete; skills database live"], // 11
      ],
    },
  ],
});
