import { dateNotUnderstood } from "./date-not-understood";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

const oneStep = (target: string, revised?: string) => plan({ items: [item({ id: "1.3", row: 30, steps: [{ row: 30, target, revised }] })] });

describeRule(dateNotUnderstood, [
  { name: "'Next spring'", plan: oneStep("Next spring"), expected: [{ cell: "F30", value: "Next spring", severity: "error" }] },
  { name: "a revised date 'soon'", plan: oneStep("May-16", "soon"), expected: [{ cell: "G30", value: "soon" }] },
  { name: "'Ongoing' is a marker", plan: oneStep("Ongoing"), expected: [] },
  { name: "'TBC' is a marker", plan: oneStep("TBC"), expected: [] },
  { name: "'Termly Review' is a marker", plan: oneStep("Termly Review"), expected: [] },
  { name: "'complete' is a marker", plan: oneStep("complete", "Apr-16"), expected: [] },
  { name: "an ambiguous date is date-ambiguous, not this", plan: oneStep("?03/04/2016"), expected: [] },
]);
