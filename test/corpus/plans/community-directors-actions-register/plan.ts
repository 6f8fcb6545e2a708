import { bold, date, definePlan } from "../define";

const d = (iso: string) => date(iso, "d/mm/yyyy");

export default definePlan({
  sheets: [
    {
      name: "Actions register",
      widths: [8, 12, 10, 50, 18, 12, 14, 30],
      merges: ["A1:H1"],
      rows: [
        [bold("Board Actions Register")], // 1
        [bold("Action No."), bold("Meeting date"), bold("Minute item"), bold("Action"), bold("Assigned to"), bold("Target date"), bold("Completion date"), bold("Status / update")], // 2
        ["A24-01", d("2024-02-20"), "4.2", "Circulate the draft strategic plan to members for comment", "CEO", d("2024-03-15"), d("2024-03-12"), "Done"], // 3
        ["A24-02", d("2024-02-20"), "5.1", "Obtain three quotes for the audit of the 2023-24 accounts", "Treasurer", d("2024-04-30"), null, "Two quotes received"], // 4
        ["A24-03", d("2024-02-20"), "6.3", "Review the volunteer policy", "Governance Committee", d("2024-05-31"), null, null], // 5
        ["A24-04", d("2024-04-16"), "3.1", "Update the risk register with cyber risks", "CEO, Chair", d("2024-06-30"), d("2024-06-20"), "Completed"], // 6
        ["A24-05", d("2024-04-16"), "4.4", "Renew the insurance policies", "Treasurer", d("2024-06-30"), null, "Broker engaged"], // 7
        ["A24-06", d("2024-04-16"), "7.1", "Plan the board self-evaluation", "Chair", d("2024-08-31"), null, null], // 8
        ["A24-07", null, null, null, null, null, null, null], // 9
        ["A24-08", null, null, null, null, null, null, null], // 10
        ["A24-09", null, null, null, null, null, null, null], // 11
      ],
    },
  ],
});
