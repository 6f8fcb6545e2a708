import { bold, definePlan } from "../define";

export default definePlan({
  sheets: [
    {
      name: "Action Plan",
      widths: [6, 50, 50, 26, 16, 30],
      merges: ["A1:F1", "A2:F2"],
      rows: [
        [bold("City of Belmont – Action Plan: Auditor General's Information Systems Audit Report 2020")], // 1
        ["Report to the Minister for Local Government"], // 2
        [bold("No."), bold("Auditor General recommendation"), bold("City's agreed action"), bold("Responsible officer"), bold("Timeframe"), bold("Status")], // 3
        ["1", "Local governments should have an information security framework approved by management.", "Adopt an information security policy and framework", "Manager Information Services", "30 June 2021", "Complete"], // 4
        ["2", "Local governments should manage user access to key systems.", "Quarterly review of privileged user access", "Manager Information Services", "Ongoing", "In progress"], // 5
        ["3", "Local governments should test their business continuity and disaster recovery plans.", "Annual disaster recovery test", "Coordinator ICT Infrastructure", "31 December 2021", "In progress"], // 6
        ["4", "Local governments should manage the risks of third-party vendors.", "Vendor risk assessments for critical systems", "Manager Governance", "30 June 2022", "Not started"], // 7
        ["5", "Local governments should ensure staff receive cyber security awareness training.", "Annual online training for all staff", "Manager Human Resources", "Complete", "Complete"], // 8
        ["6", "Local governments should patch systems promptly.", "Monthly patching schedule with reporting to ELT", "Coordinator ICT Infrastructure", "31 March 2021", "Complete"], // 9
      ],
    },
  ],
});
