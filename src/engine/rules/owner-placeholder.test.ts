import { ownerPlaceholder } from "./owner-placeholder";
import { describeRule, item, plan } from "./test-plan";

describeRule(ownerPlaceholder, [
  { name: "'.' as owner, as outcome 3's I01 has it", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "." })] }), expected: [{ cell: "E131", value: ".", severity: "warning" }] },
  { name: "'TBC' as owner", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "TBC" })] }), expected: [{ cell: "E131", value: "TBC" }] },
  { name: "'-' as owner", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "-" })] }), expected: [{ value: "-" }] },
  { name: "'R.Wilshire' is a name", plan: plan({ items: [item({ id: "2.4", row: 88, owner: "R.Wilshire" })] }), expected: [] },
  { name: "an empty owner is owner-missing, not this", plan: plan({ items: [item({ id: "3.10", row: 134, owner: "" })] }), expected: [] },
]);
