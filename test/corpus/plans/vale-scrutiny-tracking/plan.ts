import { bold, date, definePlan } from "../define";

const header = [bold("Meeting Date"), bold("Min. No."), bold("Recommendation"), bold("Responsible Officer"), bold("Target Date"), bold("Action to Date"), bold("Status")];

export default definePlan({
  sheets: [
    {
      name: "Tracking",
      widths: [12, 9, 56, 24, 12, 36, 12],
      merges: ["A1:G1", "A2:G2", "A4:G4", "A11:G11", "A17:G17"],
      rows: [
        [bold("The Vale of Glamorgan Council")], // 1
        ["Scrutiny Committee (Economy and Environment): 4th October 2011 – Tracking of Recommendations"], // 2
        null, // 3
        [bold("Appendix A: Municipal year April 2010 – March 2011")], // 4
        header, // 5
        [date("2010-06-15"), "101", "That the Cabinet be asked to review the charging policy for bulky waste collection.", "Head of Visible Services", "Sept 2010", "Reported to Cabinet 13.09.10; policy revised.", "Completed"], // 6
        [date("2010-09-21"), "355", "That a report on the condition of unadopted roads be brought to Committee.", "Head of Highways", "Jan 2011", "Report deferred pending survey.", "Ongoing"], // 7
        [date("2010-11-16"), "512(2)", "That the Committee receive quarterly updates on the town centre regeneration programme.", "Director of Development", "Quarterly", "Update received 15.03.11.", "Ongoing"], // 8
        [date("2011-01-18"), "731", "That the draft Local Transport Plan be referred to Cabinet with the Committee's comments.", "Head of Planning and Transportation", date("2011-02-28"), "Referred to Cabinet 28.02.11.", "Completed"], // 9
        null, // 10
        [bold("Appendix B: April – June 2011")], // 11
        header, // 12
        [date("2011-04-19"), "1033", "That officers write to the Welsh Government seeking clarification on the waste grant.", "Head of Visible Services", date("2011-06-30"), "Letter sent.", "Completed"], // 13
        [date("2011-05-17"), "1120(1)", "That a site visit to the depot be arranged for Members.", "Head of Visible Services", "July 2011", "Awaiting dates.", "Ongoing"], // 14
        [date("2011-06-14"), "1204", "That the parking enforcement review be reported back in six months.", "Head of Highways", "Dec 2011", null, null], // 15
        null, // 16
        [bold("Appendix C: July 2011")], // 17
        header, // 18
        [date("2011-07-12"), "1350", "That the Committee's views on the coastal access proposals be passed to the Cabinet Member.", "Director of Development", date("2011-07-31"), "Views passed on 20.07.11.", "Completed"], // 19
        [date("2011-07-12"), "1351", "That a further report on flood risk management be provided to the November meeting.", "Head of Highways", "Nov 2011", null, "Ongoing"], // 20
      ],
    },
  ],
});
