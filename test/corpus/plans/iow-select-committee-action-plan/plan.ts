import { bold, definePlan } from "../define";

const header = [bold("No."), bold("Recommendation"), bold("Priority"), bold("Responsibility"), bold("Agreed"), bold("Comments"), bold("Date")];

export default definePlan({
  sheets: [
    {
      name: "Action Plan",
      widths: [5, 60, 8, 30, 8, 50, 12],
      merges: ["A1:G1"],
      rows: [
        [bold("Appendix – Action Plan: Select Committee process review")], // 1
        header, // 2
        ["1", "That the Council consider a further training programme for Members, aimed at giving them the skills required to investigate the work of officers and the Executive.", "3", "Training and Development Manager", "Yes", "75% of Member responses requested further training; distance learning packages to be investigated.", "March 2003"], // 3
        ["2", "That the Council consider assigning a lead officer to each Select Committee to assist Members with their scrutiny work.", "1", "The Executive", "No", "Scrutiny should be Member led. Officer support will be enhanced with the new structure.", "-"], // 4
        ["3", "That the Council reconsider the role of the Select Committee with a view to increasing the focus on scrutiny of the Executive and policy development.", "2", "Select Committees, Head of Select Committee Support", "In part", "Select Committees should continue to manage their own workplans.", "On-going"], // 5
        null, // 6
        header, // 7
        ["4", "Review and rationalise task groups and working parties in line with a manageable scrutiny programme.", "3", "Select Committees", "Yes", "Select Committee workshops in May and June to rationalise this activity.", "June 2002"], // 8
        ["5", "That Members of Select Committees consider the impact of daytime meetings on their ability to meet the demands of scrutiny.", "2", "Select Committee Chairmen", "Yes", "To be reviewed at the end of the municipal year.", "May 2003"], // 9
        ["6", "That a forward plan of Executive decisions be circulated to all Select Committee members monthly.", "1", "Head of Democratic Services", "Yes", "In place from July.", "July 2002"], // 10
        ["7", "That Select Committee reports to the Executive carry the Committee's recommendations in full.", "2", "Head of Select Committee Support", "Yes", null, "Immediately"], // 11
      ],
    },
  ],
});
