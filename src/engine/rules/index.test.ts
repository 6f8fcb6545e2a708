import { readdirSync } from "node:fs";
import path from "node:path";
import type { FindingByRule, FindingParamsByRule, RuleId } from "../findings";
import { messageFor } from "../messages";
import { RULE_IDS, RULES } from ".";

/** Files in this folder that are not rules: the registry and the Rule interface. */
const NOT_RULES = new Set(["index", "rule"]);

const ruleFiles = readdirSync(__dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => path.basename(file, ".ts"))
  .filter((name) => !NOT_RULES.has(name));

/** Rules whose findings are about the whole sheet (cell null). */
const SHEET_WIDE = new Set<RuleId>(["no-rag-column"]);

/** Params a finding of each rule might carry: typed, so a new rule must add its own. */
const SAMPLE_PARAMS: { [K in RuleId]: FindingParamsByRule[K] } = {
  "owner-missing": {},
  "owner-placeholder": {},
  "target-date-missing": { reason: "to-be-confirmed" },
  "date-not-understood": {},
  "date-ambiguous": {},
  "date-implausible": {},
  "date-year-inferred": { read: "14 Aug 2012", from: "section", source: "May 2012", sourceCell: null },
  "date-year-unclear": {},
  "rag-missing": {},
  "rag-not-understood": { column: "actionRag" },
  "no-rag-column": {},
  "revised-before-target": { target: "Sep-16", targetCell: "F174", revisedHeader: "REVISED END DATE" },
  "overdue": { due: "May-16", days: 29, asOf: "2016-06-29" },
  "slipped": { target: "Apr-16", revised: "May-16", days: 31 },
  "rag-inconsistent-with-dates": { reason: "overdue", rag: "green", overdueSteps: 1, mostDays: 29 },
  "savings-rag-without-saving": { rag: "red" },
  "saving-without-savings-rag": { pounds: 219000 },
  "saving-not-understood": {},
  "stray-value": {},
  "duplicate-item-id": { firstRow: 158 },
  "header-repeated": { headerRow: 21 },
  "board-list-disagrees": { direction: "listed-not-picked" },
  "step-extended-again": { from: "2016-05-31", to: "2016-07-31", days: 61, extensions: 2, since: "2016-05-31" },
  "rag-worse": { column: "actionRag", from: "green", to: "amber", since: "2016-05-31" },
  "rag-better-while-slipping": { column: "actionRag", from: "red", to: "amber", steps: 2, mostDays: 61, since: null },
  "due-soon-not-updated": { due: "Jul-16", days: 12, since: "2016-05-31" },
};

function sample<K extends RuleId>(id: K, cell: string | null): FindingByRule[K] {
  const finding = { rule: id, severity: RULES[id].severity, sheet: "LAC Progress Jun-16", cell, row: 88, itemId: "2.4", value: "TBC", params: SAMPLE_PARAMS[id] };
  return finding as FindingByRule[K];
}

describe("the rules registry", () => {
  it("names exactly the rule files in this folder", () => {
    expect([...RULE_IDS].sort()).toEqual([...ruleFiles].sort());
  });

  it.each(RULE_IDS)("%s: its id is its key, with a severity and a description", (id) => {
    const rule = RULES[id];
    expect(rule.id).toBe(id);
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(["error", "warning", "info"]).toContain(rule.severity);
    expect(rule.description.length).toBeGreaterThan(20);
  });

  it.each(RULE_IDS.filter((id) => !SHEET_WIDE.has(id)))("%s: its message names the cell and is a plain sentence", (id) => {
    const message = messageFor(sample(id, "K88"));
    expect(message).toContain("K88");
    expect(message.startsWith(id)).toBe(false);
    expect(message).not.toMatch(/undefined|null|NaN|\[object/);
    expect(message).toMatch(/^[A-Z'].*\.$/);
  });

  it("a sheet-wide finding says 'this sheet'", () => {
    expect(messageFor(sample("no-rag-column", null))).toMatch(/this sheet/i);
  });
});
