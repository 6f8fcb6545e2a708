import { bold, definePlan } from "../../define";

export default definePlan({
  sheets: [
    {
      name: "Key issue 1",
      widths: [6, 50, 18, 12, 14, 10, 40],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A9:G9"],
      rows: [
        [bold("Primary School Development Plan, September 2023 – August 2024")], // 1
        ["Key issue 1: Raise standards and achievement in those curricular areas that are below expectations"], // 2
        [bold("No."), bold("Action"), bold("Person responsible"), bold("Start"), bold("Completion"), bold("Cost (£)"), bold("Success criteria")], // 3
        [bold("1. Improve provision for ICT and the levels of attainment in the subject")], // 4
        ["1.1", "Audit ICT resources and draw up a replacement programme", "ICT leader", "Sept 2023", "Oct 2023", "0", "Audit complete; replacement programme agreed by governors"], // 5
        ["1.2", "Purchase 15 laptops for Key Stage 2", "Headteacher / SBM", "Nov 2023", "Jan 2024", "4500", "Laptops in use in every KS2 class"], // 6
        ["1.3", "Staff training in the computing scheme of work", "ICT leader", "Jan 2024", "Apr 2024", "600", "All staff confident to teach the scheme"], // 7
        ["1.4", "Assess pupils' attainment in computing termly", "ICT leader", "Dec 2023", "July 2024", "0", "85% of pupils at the expected standard"], // 8
        [bold("2. Improve attainment in Years 1 and 2, particularly in writing and mathematics")], // 9
        ["2.1", "Daily phonics groups in Year 1", "KS1 leader", "Sept 2023", "July 2024", "1200", "Phonics check pass rate at national average"], // 10
        ["2.2", "Maths mastery training for KS1 teachers", "Maths leader", "Oct 2023", "Feb 2024", "800", "Lesson observations show mastery approach"], // 11
        ["2.3", "Moderate writing with the partner school each term", "English leader / Deputy Head", "Dec 2023", "June 2024", "0", "Judgements agreed"], // 12
        ["2.4", null, null, null, null, null, null], // 13
        ["2.5", null, null, null, null, null, null], // 14
        null, // 15
        ["Monitoring: the headteacher reports progress against this plan to the governors' curriculum committee each term."], // 16
      ],
    },
  ],
});
