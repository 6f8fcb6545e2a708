import { duplicateItemId } from "./duplicate-item-id";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

describeRule(duplicateItemId, [
  { name: "4.3 typed twice", plan: plan({ items: [item({ id: "4.3", row: 158 }), item({ id: "4.4", row: 165 }), item({ id: "4.3", row: 170 })] }), expected: [{ cell: "A170", value: "4.3", params: { firstRow: 158 }, severity: "error" }] },
  { name: "items without ids are not duplicates", plan: plan({ items: [item({ id: null, row: 10 }), item({ id: null, row: 12 })] }), expected: [] },
  { name: "distinct ids", plan: plan({ items: [item({ id: "3.1", row: 103 }), item({ id: "3.10", row: 134 })] }), expected: [] },
]);
