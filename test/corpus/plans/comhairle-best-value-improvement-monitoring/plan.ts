import { bold, date, definePlan } from "../define";

const m = (iso: string) => date(iso, "mmmm yyyy");

export default definePlan({
  sheets: [
    {
      name: "Appendix 1",
      widths: [6, 44, 44, 26, 14, 14, 40],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A9:G9", "A13:G13"],
      rows: [
        [bold("Best Value Improvement Plan – Monitoring Schedule as at 31 July 2007")], // 1
        ["Response to Audit Scotland's Audit of Best Value and Community Planning (August 2006)"], // 2
        [bold("Ref"), bold("Improvement area"), bold("Task"), bold("Responsibility"), bold("Timescale"), bold("Revised timescale"), bold("Progress")], // 3
        [bold("1. Vision and strategic direction")], // 4
        ["1.1", "Clearer corporate priorities", "Corporate Strategy refreshed and approved", "Chief Executive", m("2006-12-01"), null, "Complete – approved December 2006"], // 5
        ["1.2", "Clearer corporate priorities", "Service plans aligned to the Corporate Strategy", "Directors", m("2007-04-01"), null, "Complete"], // 6
        ["1.3", "Community planning", "Community Planning Partnership to agree a single outcome agreement", "Director of Development", m("2007-06-01"), m("2007-12-01"), "Delayed: national guidance awaited"], // 7
        ["1.4", "Community planning", "Joint performance report with partners", "Director of Development", m("2007-09-01"), null, "On target"], // 8
        [bold("2. Performance management")], // 9
        ["2.1", "Performance framework", "Introduce a performance management system across services", "Head of Policy", m("2007-03-01"), m("2007-10-01"), "Delayed: system procurement re-run"], // 10
        ["2.2", "Performance framework", "Quarterly performance reports to committees", "Head of Policy", "Quarterly", null, "In place"], // 11
        ["2.3", "Public performance reporting", "Publish an annual public performance report", "Head of Policy", m("2007-06-01"), null, "Not yet started"], // 12
        [bold("3. Use of resources")], // 13
        ["3.1", "Asset management", "Corporate asset management plan", "Director of Technical Services", m("2007-05-01"), m("2007-11-01"), "Delayed: condition surveys incomplete"], // 14
        ["3.2", "Procurement", "Adopt the Scottish procurement best practice indicators", "Director of Finance", m("2007-08-01"), null, "On target"], // 15
        ["3.3", "Workforce planning", "Workforce plan for each department", "Head of Human Resources", m("2007-03-01"), null, "Complete"], // 16
      ],
    },
  ],
});
