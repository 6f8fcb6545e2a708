import { dateImplausible } from "./date-implausible";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

const oneStep = (target: string) => plan({ items: [item({ id: "1.3", row: 30, steps: [{ row: 30, target }] })] });

describeRule(dateImplausible, [
  { name: "'Mar 1916' typed for Mar 2016", plan: oneStep("!Mar 1916"), expected: [{ cell: "F30", value: "Mar 1916", severity: "error" }] },
  { name: "'Oct-16'", plan: oneStep("Oct-16"), expected: [] },
]);
