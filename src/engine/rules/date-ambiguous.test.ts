import { dateAmbiguous } from "./date-ambiguous";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

const oneStep = (target: string) => plan({ items: [item({ id: "1.3", row: 30, steps: [{ row: 30, target }] })] });

describeRule(dateAmbiguous, [
  { name: "'03/04/2016' with no locale", plan: oneStep("?03/04/2016"), expected: [{ cell: "F30", value: "03/04/2016", severity: "warning" }] },
  { name: "'May-16'", plan: oneStep("May-16"), expected: [] },
  { name: "an unreadable date is date-not-understood, not this", plan: oneStep("Next spring"), expected: [] },
]);
