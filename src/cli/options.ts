import { parseArgs } from "node:util";
import { z } from "zod";
import { ESCALATION_RULE_IDS, IsoDaySchema } from "../engine";

/** A mistake in how the tool was called: exit 2 with this sentence. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  action-plan check <workbook.xlsx> [--sheet NAME]... [--as-of YYYY-MM-DD] [--locale en-GB]
                    [--escalate ${ESCALATION_RULE_IDS.join("|")}] [--config FILE] [--json] [--out OUT.xlsx]
  action-plan check <FOLDER | workbook.xlsx>... [--jobs N] [--json] [--out ROLLUP.xlsx] [options as above]
                    many plans at once: one JSON report per line, --out writes a roll-up workbook
  action-plan rollup <REPORT.json | FOLDER>... --out ROLLUP.xlsx
                    the same roll-up from reports made elsewhere (check --json, one file or JSON Lines)
  action-plan clear <workbook.xlsx> --out CLEAN.xlsx`;

export const CheckArgsSchema = z.object({
  command: z.literal("check"),
  file: z.string().min(1),
  /** Every workbook or folder named, `file` first: more than one, or a folder, checks many plans at once. */
  files: z.array(z.string().min(1)),
  /** Workbooks checked side by side when there are many; the machine's cores when not given. */
  jobs: z.coerce.number({ error: "must be a whole number of jobs, e.g. --jobs 2" }).int({ error: "must be a whole number of jobs, e.g. --jobs 2" }).min(1, { error: "must be at least 1" }).optional(),
  sheets: z.array(z.string()),
  asOf: IsoDaySchema.optional(),
  /** Absent unless given, so that a config file's locale applies; en-GB when neither says. */
  locale: z.enum(["en-GB", "en-US", "none"]).optional(),
  escalate: z.enum(ESCALATION_RULE_IDS).optional(),
  config: z.string().optional(),
  json: z.boolean(),
  out: z.string().optional(),
});

export const ClearArgsSchema = z.object({
  command: z.literal("clear"),
  file: z.string().min(1),
  out: z.string({ error: "clear needs --out CLEAN.xlsx: it never changes the file you give it" }).min(1),
});

export const RollupArgsSchema = z.object({
  command: z.literal("rollup"),
  /** Report files (one report, or JSON Lines) and folders holding them. */
  reports: z.array(z.string().min(1)),
  out: z.string({ error: "rollup needs --out ROLLUP.xlsx: the workbook to write" }).min(1),
});

export type CheckArgs = z.infer<typeof CheckArgsSchema>;
export type RollupArgs = z.infer<typeof RollupArgsSchema>;
export type ClearArgs = z.infer<typeof ClearArgsSchema>;

function plainIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const name = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "the command";
  return `${name} ${issue.message}`;
}

/** The command line, parsed and checked: typed options or a UsageError in plain words. */
export function parseCommandLine(argv: string[]): CheckArgs | ClearArgs | RollupArgs | { command: "help" } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: "string", multiple: true },
        "as-of": { type: "string" },
        locale: { type: "string" },
        escalate: { type: "string" },
        config: { type: "string" },
        json: { type: "boolean" },
        out: { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0].replace(/\. To specify a positional.*$/, "")} Run 'action-plan --help' to see the options.`);
  }
  if (parsed.values.help) return { command: "help" };
  const [command, file, ...extra] = parsed.positionals;
  if (command !== "check" && command !== "clear" && command !== "rollup") {
    throw new UsageError(command ? `Unknown command '${command}': use 'check', 'rollup' or 'clear'. Run 'action-plan --help' to see the options.` : USAGE);
  }
  if (command === "rollup" && !file) throw new UsageError("Name the reports to roll up, e.g. action-plan rollup reports/ --out rollup.xlsx");
  if (!file) throw new UsageError(`Name the workbook to ${command}, e.g. action-plan ${command} plan.xlsx`);
  if (command === "clear" && extra.length) throw new UsageError(`Give one workbook at a time; '${extra[0]}' is one too many.`);
  const v = parsed.values;
  const checkOnly = ["sheet", "as-of", "locale", "escalate", "config", "json", "jobs"].filter((name) => v[name as keyof typeof v] !== undefined);
  if (command === "rollup" && checkOnly.length) {
    throw new UsageError(`rollup takes only --out: --${checkOnly[0]} belongs to the check that made the reports.`);
  }
  const raw =
    command === "check"
      ? { command, file, files: [file, ...extra], jobs: v.jobs, sheets: v.sheet ?? [], asOf: v["as-of"], locale: v.locale, escalate: v.escalate, config: v.config, json: v.json ?? false, out: v.out }
      : command === "rollup"
        ? { command, reports: [file, ...extra], out: v.out }
        : { command, file, out: v.out };
  const schema = command === "check" ? CheckArgsSchema : command === "rollup" ? RollupArgsSchema : ClearArgsSchema;
  const result = schema.safeParse(raw);
  if (!result.success) throw new UsageError(plainIssue(result.error));
  return result.data;
}
