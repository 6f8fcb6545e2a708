import { savingNotUnderstood } from "./saving-not-understood";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(savingNotUnderstood, [
  { name: "'significant' in TARGET SAVING", plan: plan({ items: [item({ id: "4.2", row: 150, saving: "significant" })] }), expected: [{ cell: "H150", value: "significant", severity: "error" }] },
  { name: "'None'", plan: plan({ items: [item({ id: "4", row: 30, saving: "None" })] }), expected: [] },
  { name: "'-2,100'", plan: plan({ items: [item({ id: "2.1", row: 72, saving: "-2,100" })] }), expected: [] },
  { name: "'£48k'", plan: plan({ items: [item({ id: "1", row: 5, saving: "£48k" })] }), expected: [] },
  { name: "empty", plan: plan({ items: [item({ id: "1.1", row: 23 })] }), expected: [] },
]);
