import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "./config-file";
import { main } from "./main";
import { captureIo } from "../../test/cli/capture-io";
import { temporaryFolder } from "../../test/fixtures/temp-folder";

const dir = temporaryFolder("action-plan-config-");
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("loadConfig", () => {
  it("reads a good config", async () => {
    await expect(loadConfig(file("good.json", '{ "rules": { "slipped": "off" }, "escalate": "savings-red" }'))).resolves.toEqual({ rules: { slipped: "off" }, escalate: "savings-red" });
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ["a missing file", () => path.join(dir, "nope.json"), /^Cannot find the config file '.*nope\.json'\. Check the path and try again\.$/],
    ["bad JSON", () => file("bad.json", "{ rules: "), /^The config file '.*bad\.json' is not valid JSON \(/],
    ["an unknown rule", () => file("typo.json", '{ "rules": { "owner-mising": "off" } }'), /^Unknown rule 'owner-mising' in the config: the rules are owner-missing, .* \('.*typo\.json'\)\.$/],
  ];
  it.each(bad)("refuses %s in one sentence", async (_name, name, message) => {
    await expect(loadConfig(name())).rejects.toThrow(message);
  });
});

describe("action-plan check --config", () => {
  it("exits 2 with one sentence when the config is wrong, before reading the workbook", async () => {
    const io = captureIo("2016-06-29");
    const code = await main(["check", path.join(dir, "plan.xlsx"), "--config", file("locale.json", '{ "locale": "fr-FR" }')], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe(`'locale' in the config must be en-GB, en-US or none ('${path.join(dir, "locale.json")}').\n`);
    expect(io.stdout).toBe("");
  });
});
