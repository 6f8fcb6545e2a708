import { headerRepeated } from "./header-repeated";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(headerRepeated, [
  { name: "one finding per repeated header row", plan: plan({ items: [item({ id: "R1", row: 22 })], repeatedHeaderRows: [40, 75] }), expected: [{ cell: "A40", params: { headerRow: 21 }, severity: "info" }, { cell: "A75" }] },
  { name: "no repeat", plan: plan({ items: [item({ id: "R1", row: 22 })] }), expected: [] },
]);
