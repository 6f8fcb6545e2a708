import { parseConfig, ruleSettings } from "./config";

describe("parseConfig: good configs", () => {
  const good: Array<[string, unknown]> = [
    ["an empty config", {}],
    ["a rule turned off", { rules: { slipped: "off" } }],
    ["a rule's severity changed", { rules: { overdue: { severity: "error" } } }],
    ["a rule disabled", { rules: { "header-repeated": { enabled: false } } }],
    ["everything", { rules: { "no-rag-column": "off" }, escalate: "all-red-amber", locale: "none", asOf: "2016-06-29" }],
  ];
  it.each(good)("%s", (_name, json) => {
    expect(parseConfig(json)).toMatchObject({ ok: true });
  });

  it("turns 'off' into a disabled rule and keeps severities", () => {
    const result = parseConfig({ rules: { slipped: "off", overdue: { severity: "error" } } });
    if (!result.ok) throw new Error(result.message);
    expect(ruleSettings(result.config)).toEqual({ slipped: { enabled: false }, overdue: { severity: "error" } });
  });
});

describe("parseConfig: bad configs are refused with one sentence naming the key", () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ["a misspelt rule", { rules: { "owner-mising": "off" } }, /^Unknown rule 'owner-mising' in the config: the rules are owner-missing, owner-placeholder, .*board-list-disagrees, .*due-soon-not-updated\.$/],
    ["an unknown top-level key", { escalation: "all-red-amber" }, /^Unknown setting 'escalation' in the config: the settings are rules, escalate, locale, asOf\.$/],
    ["an unknown key in a rule", { rules: { overdue: { level: "error" } } }, /^Unknown setting 'rules\.overdue\.level' in the config/],
    ["a bad severity", { rules: { overdue: { severity: "fatal" } } }, /^'rules\.overdue\.severity' in the config must be error, warning or info\.$/],
    ["a rule set to 'on'", { rules: { overdue: "on" } }, /^'rules\.overdue' in the config must be "off" or an object/],
    ["an unknown escalation rule", { escalate: "everything" }, /^'escalate' in the config must be one of red-amber-with-saving, all-red-amber, savings-red\.$/],
    ["a bad locale", { locale: "fr-FR" }, /^'locale' in the config must be en-GB, en-US or none\.$/],
    ["a bad asOf", { asOf: "29/06/2016" }, /^'asOf' in the config must be a date written YYYY-MM-DD/],
    ["an impossible asOf", { asOf: "2016-02-30" }, /^'asOf' in the config is not a real calendar date\.$/],
    ["an array", [], /^The config must be a JSON object/],
    ["rules as a list", { rules: ["slipped"] }, /^'rules' in the config must be an object of rule ids/],
  ];
  it.each(bad)("%s", (_name, json, message) => {
    const result = parseConfig(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
