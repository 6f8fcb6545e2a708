import { ownerPlaceholder } from "./owner-placeholder";
import { describeRule, item, logEntry, plan } from "../../../test/engine/test-plan";

describeRule(ownerPlaceholder, [
  { name: "'.' as owner, as outcome 3's I01 has it", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "." })] }), expected: [{ cell: "E131", value: ".", severity: "warning" }] },
  { name: "'TBC' as owner", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "TBC" })] }), expected: [{ cell: "E131", value: "TBC" }] },
  { name: "'-' as owner", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "-" })] }), expected: [{ value: "-" }] },
  { name: "'R.Wilshire' is a name", plan: plan({ items: [item({ id: "2.4", row: 88, owner: "R.Wilshire" })] }), expected: [] },
  {
    name: "outcome 3's issue I01 '138 UASC' owned by '.'",
    plan: plan({ items: [], issues: [logEntry("I01", 137, "138 UASC", ".")] }),
    expected: [{ cell: "C137", value: ".", params: { entry: "Issue I01" }, message: "Issue I01 has '.' as its owner in C137, which names nobody: put the name of the person who answers for it." }],
  },
  { name: "outcome 1's risks owned by 'L.Lofting/ C.Smith'", plan: plan({ items: [], risks: [logEntry("R01", 67, "(1.1) Capacity for ONE report writing", "L.Lofting/ C.Smith")] }), expected: [] },
  { name: "an empty owner is owner-missing, not this", plan: plan({ items: [item({ id: "3.10", row: 134, owner: "" })] }), expected: [] },
]);
