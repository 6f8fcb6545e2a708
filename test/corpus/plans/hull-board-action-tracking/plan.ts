import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Action tracking list",
      widths: [8, 14, 60, 9, 10, 10, 28],
      merges: ["A1:G1", "A2:G2", "A3:G3", "A6:G6", "A11:G11", "A13:G13", "A16:G16", "A19:G19", "A23:G23"],
      rows: [
        [bold("HULL AND EAST YORKSHIRE HOSPITALS NHS TRUST")], // 1
        [bold("TRUST BOARD ACTION TRACKING LIST")], // 2
        ["Actions arising from Board meetings (compiled 4 July 2012)"], // 3
        null, // 4
        [bold("NO"), bold("PAPER"), bold("ACTION"), bold("LEAD"), bold("TARGET DATE"), bold("NEW DATE"), bold("STATUS/ COMMENT")], // 5
        [bold("May 2012")], // 6
        ["01.05", "Action tracker", "Safeguarding training to be undertaken on Board time out", "MW", "June", "14 Aug", "Reorganised to Aug due to lack of available time"], // 7
        ["02.05", "Inpatient survey", "Date to be agreed for agreeing the solution of where patients were able to keep their belongings", "MW", "30 Sept", null, "Not yet due"], // 8
        ["05.05", "Business delivery", "Further discussion to be held with Executive Directors to clarify the organisational arrangements for business delivery and business development", "JB", "17.7.12", null, "Verbal update to be given"], // 9
        ["06.05", "Corporate", "Further information to be provided on nurse to bed ratio", "MW", "14.8.12", null, "Not yet due"], // 10
        [bold("April 2012")], // 11
        ["4.01", "Corp Perf", "Patient re-admission strategy to be developed", "MW/YO", "13 Nov", null, "Not yet due"], // 12
        [bold("March 2012")], // 13
        ["3.01", "Major trauma", "A further update on the major trauma centre designation to be received by the Board", "AP", "17 July", "11 Sep", "Not yet due"], // 14
        ["3.02", "accreditation", "A business case for accreditation to be developed and brought to the Board", "AP", "Sept", null, "Not yet due"], // 15
        [bold("February 2012")], // 16
        ["2.03", "Finance", "Report on delivery of cost improvement by division", "LBe", "15 May", "17 July", "Deferred to July meeting"], // 17
        ["2.05", "Governance", "Board Assurance Framework to be reviewed at the Board development session", "CJ", "April", null, "Complete"], // 18
        [bold("January 2012")], // 19
        ["1.04", "Estates", "Car parking strategy to be presented", "LBe/JB", "13 Mar", "15 May", "Complete"], // 20
        ["1.06", "Patient experience", "Complaints response times to be reported to the Board quarterly", "MW", "Ongoing", null, "Ongoing"], // 21
        null, // 22
        ["Actions reported complete are removed from the list when it is next compiled."], // 23
      ],
    },
  ],
});
