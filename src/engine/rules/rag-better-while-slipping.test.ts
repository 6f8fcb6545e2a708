import { ragBetterWhileSlipping } from "./rag-better-while-slipping";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

const version = (rag: string, revised: string, name = "LAC Progress Jun-16") =>
  plan({ name, reportingDate: name.endsWith("May-16") ? "May-16" : undefined, items: [item({ id: "2.1", row: 72, actionRag: rag, steps: [{ row: 72, target: "Apr-16", revised }, { row: 73, target: "Apr-16", revised: "May-16" }] })] });

describeRule(ragBetterWhileSlipping, [
  {
    name: "2.1: Red to Amber while step 1 moved from May-16 to Jun-16",
    plan: version("Amber", "Jun-16"),
    since: version("Red", "May-16", "LAC Progress May-16"),
    expected: [{ cell: "J72", value: "Amber", severity: "warning", params: { from: "red", to: "amber", steps: 1, mostDays: 30, since: "2016-05-31" }, message: "Item 2.1's Action RAG improved from Red to Amber in J72 since 31 May 2016, yet 1 step moved later (up to 30 days): check that the RAG reflects the delay." }],
  },
  { name: "Red to Amber with no deadline moved", plan: version("Amber", "May-16"), since: version("Red", "May-16", "LAC Progress May-16"), expected: [] },
  { name: "Amber to Red while slipping: worse, not better", plan: version("Red", "Jun-16"), since: version("Amber", "May-16", "LAC Progress May-16"), expected: [] },
  { name: "Red to Amber with a deadline brought forward", plan: version("Amber", "May-16"), since: version("Red", "Jun-16", "LAC Progress May-16"), expected: [] },
]);
