import { ownerMissing } from "./owner-missing";
import { describeRule, item, logEntry, plan } from "../../../test/engine/test-plan";

describeRule(ownerMissing, [
  { name: "3.10's lead cleared (row 134)", plan: plan({ items: [item({ id: "3.10", row: 134, owner: "", actionRag: "Green" })] }), expected: [{ cell: "E134", itemId: "3.10", severity: "error" }] },
  { name: "2.2 led by 'T. Collins/ J. Gregg'", plan: plan({ items: [item({ id: "2.2", row: 82, owner: "T. Collins/ J. Gregg" })] }), expected: [] },
  { name: "a '.' owner is a placeholder, not missing", plan: plan({ items: [item({ id: "3.9", row: 131, owner: "." })] }), expected: [] },
  { name: "a risk written up with nobody to own it", plan: plan({ items: [], risks: [logEntry("R01", 67, "Capacity for audit", "")] }), expected: [{ cell: "C67", params: { entry: "Risk R01" } }] },
  { name: "a '.' on an issue is a placeholder, not missing", plan: plan({ items: [], issues: [logEntry("I01", 137, "138 UASC", ".")] }), expected: [] },
  { name: "a sheet with no owner column", plan: plan({ items: [item({ id: "R1", row: 5 })], without: ["owner"] }), expected: [] },
]);
