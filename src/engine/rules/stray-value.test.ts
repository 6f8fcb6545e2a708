import { strayValue } from "./stray-value";
import { COL, describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(strayValue, [
  {
    name: "a saving alone between two items that both have their own",
    plan: { ...plan({ items: [item({ id: "2.1", row: 72, saving: "-500" }), item({ id: "2.2", row: 74, saving: "-300" })] }), strayValues: [{ row: 73, col: COL.saving, raw: "-2,100" }] },
    expected: [{ cell: "H73", value: "-2,100", severity: "warning", message: "'-2,100' in H73 stands on a row of its own with no item beside it, so it was not counted: move it onto its item's row." }],
  },
  { name: "a plan with nothing standing alone", plan: plan({ items: [item({ id: "2.1", row: 72, saving: "-2,100" })] }), expected: [] },
]);
