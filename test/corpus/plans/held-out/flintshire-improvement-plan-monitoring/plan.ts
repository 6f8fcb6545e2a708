import { FILL, bold, definePlan, fill } from "../../define";

export default definePlan({
  sheets: [
    {
      name: "Q3 summary",
      widths: [34, 50, 26, 12, 12, 14],
      merges: ["A1:F1", "A2:F2", "A4:F4", "A9:F9", "A14:F14"],
      rows: [
        [bold("Flintshire County Council – Improvement Plan Quarterly Monitoring")], // 1
        ["Quarter 3: October – December 2013"], // 2
        [bold("Sub-priority"), bold("High level activity"), bold("Lead officer"), bold("Progress RAG"), bold("Outcome RAG"), bold("Completion date")], // 3
        [bold("Priority: Housing")], // 4
        ["Extra care housing", "Deliver two new extra care schemes", "Chief Officer Community Services", fill(FILL.green, "G"), fill(FILL.amber, "A"), "March 2015"], // 5
        ["Modern, efficient and adapted homes", "Deliver the Welsh Housing Quality Standard programme for 2013/14", "Head of Housing", fill(FILL.green, "G"), fill(FILL.green, "G"), "March 2014"], // 6
        ["Modern, efficient and adapted homes", "Reduce the time taken to deliver disabled facilities grants", "Head of Housing", fill(FILL.red, "R"), fill(FILL.amber, "A"), "March 2014"], // 7
        ["Achieve the Decent Homes standard", "Procure a new repairs and maintenance contract", "Head of Housing", fill(FILL.amber, "A"), fill(FILL.green, "G"), "December 2013"], // 8
        [bold("Priority: Living Well")], // 9
        ["Independent living", "Expand reablement services", "Head of Social Services for Adults", fill(FILL.green, "G"), fill(FILL.green, "G"), "March 2014"], // 10
        ["Independent living", "Reduce delayed transfers of care", "Head of Social Services for Adults", fill(FILL.amber, "A"), fill(FILL.red, "R"), "March 2014"], // 11
        ["Integrated community social and health services", "Establish locality teams with the health board", "Head of Social Services for Adults", fill(FILL.green, "G"), fill(FILL.amber, "A"), "September 2014"], // 12
        ["Safeguarding", "Adult safeguarding referrals completed within timescale", "Service Manager Safeguarding", fill(FILL.green, "G"), fill(FILL.green, "G"), "Ongoing"], // 13
        [bold("Progress RAG: confidence that the activity will be delivered on time. Outcome RAG: confidence that the impact will be achieved.")], // 14
      ],
    },
  ],
});
