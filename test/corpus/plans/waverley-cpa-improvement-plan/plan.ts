import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "CPA Improvement Plan",
      widths: [5, 12, 34, 60, 20, 50],
      merges: ["A1:F1"],
      rows: [
        [bold("CPA Improvement Plan – progress at August 2004")], // 1
        [bold("No"), bold("Para Ref (to CPA Report)"), bold("What?"), bold("How?"), bold("Who by?"), bold("When?")], // 2
        ["1.", "78/91/104", "Improve speed with which planning applications are dealt", "· Address undelivered items in the Planning Best Value Improvement Plan (e.g. role of Committees and level of delegation)\n· Address the measures required to attract the maximum possible Planning Delivery Grant\n· Develop a more formal approach to when and how we negotiate with a planning applicant.", "John Anderson\nditto\nditto", "See Progress against the Planning Best Value Improvement Plan (attached as Annexe 2).\nMeasures in place\nSee report to September Development Control Committee"], // 3
        ["2.", "42", "Maintain focus on decent home standard", "· Continue with stock options appraisal process", "John Swanton", "December 2004/ January 2005"], // 4
        ["3.", "84/96", "Improve housing benefits performance", "· Appoint a new Benefits Manager\n· Move BVPIs back to Upper Quartile\n· Focus on a performance culture in Benefits", "Paul Wenham\nditto\nditto", "Done (March 2004)\nBy end 2005/06\nBenefits backlog cleared July 2004"], // 5
        ["4.", "77", "Meet statutory recycling targets", "· Ensure that an informed decision is taken about Mechanical Biological Treatment and green waste separation, with an enforced waste minimisation programme.", "Peter Maudsley", "Enforced waste minimisation programme to commence September 2004\nPhase 2 provisional start date July 2005"], // 6
        ["5.", "77", "Improve Environmental Health performance", "· Recruit two new staff for Health & Safety Inspection", "Martin Shorten", "One EHO appointed July 2004. Second appointee failed to start; closing date for re-advert was 6 August."], // 7
        ["6.", "61", "Improve access to services for customers", "· Open a one-stop shop in the main office\n· Extend telephone opening hours", "Head of Customer Services\nditto", "March 2005\nDone (June 2004)"], // 8
        ["7.", "102", "Strengthen performance management", "· Quarterly performance reports to the Executive", "Head of Policy", "Quarterly from October 2004"], // 9
        ["8.", "99", "Improve sickness absence management", "· Revised absence policy and training for managers", "Head of Personnel", "November 2004"], // 10
      ],
    },
  ],
});
