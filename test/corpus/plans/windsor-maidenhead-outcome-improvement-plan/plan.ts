import { bold, definePlan } from "../define";

const header = [bold("OUTCOME"), bold("ACTION REQUIRED"), bold("BY WHEN"), bold("RESPONSIBILITY ASSIGNED TO:"), bold("RESOURCE IMPLICATIONS"), bold("OUTCOME TARGET"), bold("RISK ASSESSMENT"), bold("PROGRESS TO DATE")];

export default definePlan({
  sheets: [
    {
      name: "DC OIP",
      widths: [30, 40, 14, 34, 14, 30, 10, 34],
      merges: ["A1:H1", "A3:H3", "A4:H4", "A5:H5", "A6:H6", "A7:H7", "A9:A11", "A13:H13", "A15:A17", "A19:H19", "A20:H20", "A21:H21", "A23:A24"],
      rows: [
        [bold("BEST VALUE OUTCOME IMPROVEMENT PLAN 11 DECEMBER 2004")], // 1
        null, // 2
        [bold("A. FOCUSING ON WHAT MATTERS TO LOCAL PEOPLE")], // 3
        ["¨ Reshaping development plan to address evolving community strategy;"], // 4
        ["¨ Moving beyond consultation to a responsive dialogue with those affected by planning decisions; and"], // 5
        ["¨ Securing planning obligations that fit community needs, rather than ad hoc infrastructure improvements"], // 6
        [bold("Ensure that DC Priorities and future direction are shaped by a clear vision based on the Council's corporate agenda and established in consultation with all stakeholders. (Recommendation 1)")], // 7
        header, // 8
        ["That the performance improvement experienced by service users is significantly and noticeably improved year on year", "1.1 Ensure that the Service remains customer focused, efficient, high performing and closely geared to the Council's Community Strategy", "Annual Review", "Sheila Holden (Director of Planning and Environment) and David Trigwell (Head of Planning)", "Nil", "User satisfaction with the service improves from 72% by at least 10% year on year", "Medium", "Not achieved. Customer satisfaction has fallen."], // 9
        [null, "1.2 Publish service standards for development control", "March 2005", "David Trigwell (Head of Planning)", "Nil", "Standards published on the website", "Low", "Draft standards prepared"], // 10
        [null, "1.3 Customer survey of applicants and objectors", "Dec 2004", "David Trigwell (Head of Planning)", "£3,000", "Survey results reported to Panel", "Low", "Survey issued November 2004"], // 11
        null, // 12
        [bold("Improve the speed and quality of decision making on planning applications. (Recommendation 2)")], // 13
        header, // 14
        ["Decisions within national targets", "2.1 Extend delegation to officers in line with the revised scheme", "Jan 2005", "Sheila Holden (Director of Planning and Environment)", "Nil", "90% of decisions delegated", "Medium", "Scheme to Council January 2005"], // 15
        [null, "2.2 Introduce validation checklist for applications", "Oct 2004", "David Trigwell (Head of Planning)", "Nil", "Invalid applications under 20%", "Low", "Achieved"], // 16
        [null, "2.3 Recruit two planning officers", "April 2005", "David Trigwell (Head of Planning)", "£60,000", "Posts filled", "High", null], // 17
        null, // 18
        [bold("B. DELIVERING THROUGH PARTNERSHIP")], // 19
        ["¨ Working with neighbouring authorities on shared issues"], // 20
        [bold("Develop joint working with neighbouring councils on enforcement. (Recommendation 3)")], // 21
        header, // 22
        ["Effective enforcement across boundaries", "3.1 Agree an enforcement protocol with neighbouring councils", "Ongoing", "Enforcement Manager", "Nil", "Protocol signed", "Medium", "Meetings held"], // 23
        [null, "3.2 Publish an enforcement policy", "Sept 2004", "Enforcement Manager", "Nil", "Policy published", "Low", "Delayed by staff vacancy"], // 24
      ],
    },
  ],
});
