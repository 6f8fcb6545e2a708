import { z } from "zod";
import { lazySchema } from "./lazy-schema";
import type { RuleSettings } from "./check";
import type { RuleId } from "./findings";
import { RULE_IDS } from "./rules";
import { ESCALATION_RULE_IDS } from "./summary/escalations";

/** A day written YYYY-MM-DD that exists on the calendar (2016-02-30 does not). */
export const IsoDaySchema = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD, e.g. 2016-06-29")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real calendar date"),
);

const SeveritySchema = lazySchema(() => z.enum(["error", "warning", "info"]));

const RuleSettingSchema = lazySchema(() => z.union([z.literal("off"), z.object({ enabled: z.boolean().optional(), severity: SeveritySchema.optional() }).strict()]));

const isRuleId = (id: string): id is RuleId => (RULE_IDS as string[]).includes(id);

/**
 * The checker's settings file (`--config FILE`, and what the pane stores):
 *
 *     { "rules": { "slipped": "off", "overdue": { "severity": "error" } },
 *       "escalate": "all-red-amber", "locale": "en-GB", "asOf": "2016-06-29" }
 *
 * Unknown keys and unknown rule ids are refused, never ignored: a typo must not silently
 * leave a rule on.
 */
export const ConfigSchema = lazySchema(() =>
  z
    .object({
      rules: z.record(z.string(), RuleSettingSchema).optional(),
      escalate: z.enum(ESCALATION_RULE_IDS).optional(),
      locale: z.enum(["en-GB", "en-US", "none"]).optional(),
      asOf: IsoDaySchema.optional(),
    })
    .strict()
    .superRefine((config, ctx) => {
      for (const id of Object.keys(config.rules ?? {})) {
        if (!isRuleId(id)) ctx.addIssue({ code: "custom", path: ["rules", id], message: `Unknown rule '${id}' in the config: the rules are ${RULE_IDS.join(", ")}.` });
      }
    }),
);

export type Config = z.infer<typeof ConfigSchema>;

/** The config's rule settings as the engine takes them: "off" is `enabled: false`. */
export function ruleSettings(config: Config): RuleSettings {
  const settings: RuleSettings = {};
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (isRuleId(id)) settings[id] = setting === "off" ? { enabled: false } : setting;
  }
  return settings;
}

const KEYS = ["rules", "escalate", "locale", "asOf"];

/** One plain sentence for what is wrong, naming the key. */
function plainIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join(".");
  if (issue.code === "invalid_union") {
    // "off" or an object: speak of the branch the user was writing (the object's own keys).
    const inner = issue.errors.flat().find((i) => i.path.length > 0 || i.code === "unrecognized_keys");
    if (inner) return plainIssue({ ...inner, path: [...issue.path, ...inner.path] });
  }
  if (issue.code === "unrecognized_keys") {
    const known = issue.path.length === 0 ? `the settings are ${KEYS.join(", ")}` : "a rule takes 'enabled' and 'severity', or \"off\"";
    return `Unknown setting '${[...issue.path.map(String), issue.keys[0]].join(".")}' in the config: ${known}.`;
  }
  if (issue.path.length === 0) return 'The config must be a JSON object, e.g. { "rules": { "slipped": "off" } }.';
  if (issue.path[0] === "escalate") return `'escalate' in the config must be one of ${ESCALATION_RULE_IDS.join(", ")}.`;
  if (issue.path[0] === "locale") return "'locale' in the config must be en-GB, en-US or none.";
  if (issue.path[0] === "asOf") return `'asOf' in the config ${issue.message}.`;
  if (issue.code === "custom") return issue.message;
  if (issue.path[0] === "rules" && issue.path.length === 1) return "'rules' in the config must be an object of rule ids, e.g. { \"slipped\": \"off\" }.";
  if (issue.path.at(-1) === "severity") return `'${key}' in the config must be error, warning or info.`;
  if (issue.path.at(-1) === "enabled") return `'${key}' in the config must be true or false.`;
  return `'${key}' in the config must be "off" or an object such as { "enabled": false } or { "severity": "warning" }.`;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses a config already read as JSON: the config, or one plain sentence on what is wrong. */
export function parseConfig(json: unknown): ConfigResult {
  const result = ConfigSchema.safeParse(json);
  return result.success ? { ok: true, config: result.data } : { ok: false, message: plainIssue(result.error.issues[0]) };
}

