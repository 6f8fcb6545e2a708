import { parseArgs } from "node:util";
import { z } from "zod";
import { ESCALATION_RULE_IDS, IsoDaySchema, lazySchema } from "../engine";
import { COMMANDS, type CommandName, OPTIONS, optionsOf } from "./help";

/** A mistake in how the tool was called: exit 2 with this sentence. */
export class UsageError extends Error {}

/** The parser's table, made from the help's list of options so that each option has its line. */
const PARSE_OPTIONS = Object.fromEntries(
  OPTIONS.map(({ name, type, multiple, short }) => [name, { type, ...(multiple ? { multiple } : {}), ...(short ? { short } : {}) }]),
);

/** node:util's words for a command line it cannot parse; any other error is ours. */
const isParseError = (error: unknown): error is Error =>
  typeof error === "object" && error !== null && "code" in error && /^ERR_PARSE_ARGS_/.test(String(error.code));

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);
const commandList = () => Object.keys(COMMANDS).map((name) => `'${name}'`).join(" or ");

/**
 * `--since`: the earlier version, as another file, a sheet of another file ("may.xlsx#Plan
 * May-16") or a sheet of the same workbook ("#Plan May-16"). `file` is null for the last.
 */
const SinceSchema = lazySchema(() =>
  z
    .string()
    .min(1, "needs the earlier version: a file, file.xlsx#SHEET or #SHEET")
    .transform((text) => {
      if (text.startsWith("#")) return { file: null, sheet: text.slice(1) };
      const inFile = /^(.*\.xls[xm])#(.*)$/i.exec(text);
      return inFile ? { file: inFile[1], sheet: inFile[2] } : { file: text, sheet: null };
    })
    .refine((since) => since.sheet !== "", "names no sheet after '#': write the sheet's name, e.g. --since \"#Plan May-16\""),
);

export type SinceArg = z.infer<typeof SinceSchema>;

/**
 * A whole number typed on the command line ("2", " 28 "): digits only, so that "0x10", "1e3"
 * or "2.5" is turned down in words rather than read as the number it happens to spell.
 * `atLeast` and `atMost` pair a bound with the sentence that says it.
 */
function wholeNumberOption(unit: string, example: string, atLeast: [number, string], atMost?: [number, string]) {
  const notWhole = `must be a whole number of ${unit}, e.g. ${example}`;
  const bounded = z.number().min(atLeast[0], atLeast[1]);
  return z
    .string({ error: notWhole })
    .regex(/^\s*\d+\s*$/, notWhole)
    .transform(Number)
    .pipe(atMost ? bounded.max(atMost[0], atMost[1]) : bounded);
}

export const CheckArgsSchema = lazySchema(() =>
  z.object({
    command: z.literal("check"),
    file: z.string().min(1),
    /** Every workbook or folder named, `file` first: more than one, or a folder, checks many plans at once. */
    files: z.array(z.string().min(1)),
    /** Workbooks checked side by side when there are many; the machine's cores when not given. */
    jobs: wholeNumberOption("jobs", "--jobs 2", [1, "must be at least 1"]).optional(),
    sheets: z.array(z.string()),
    asOf: IsoDaySchema.optional(),
    /** Absent unless given, so that a config file's locale applies; en-GB when neither says. */
    locale: z.enum(["en-GB", "en-US", "none"]).optional(),
    escalate: z.enum(ESCALATION_RULE_IDS).optional(),
    config: z.string().optional(),
    json: z.boolean(),
    out: z.string().optional(),
    since: SinceSchema.optional(),
    dueWithin: wholeNumberOption("days", "28", [0, "must be 0 or more days"], [3660, "must be at most 3660 days (ten years)"]).optional(),
  }),
);

export const ClearArgsSchema = lazySchema(() =>
  z.object({
    command: z.literal("clear"),
    file: z.string().min(1),
    out: z.string({ error: "clear needs --out CLEAN.xlsx: it never changes the file you give it" }).min(1),
  }),
);

export const RollupArgsSchema = lazySchema(() =>
  z.object({
    command: z.literal("rollup"),
    /** Report files (one report, or JSON Lines) and folders holding them. */
    reports: z.array(z.string().min(1)),
    out: z.string({ error: "rollup needs --out ROLLUP.xlsx: the workbook to write" }).min(1),
  }),
);

export type CheckArgs = z.infer<typeof CheckArgsSchema>;
export type RollupArgs = z.infer<typeof RollupArgsSchema>;
export type ClearArgs = z.infer<typeof ClearArgsSchema>;

function plainIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const name = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "the command";
  return `${name} ${issue.message}`;
}

export type HelpRequest = { command: "help"; about: CommandName | null } | { command: "version" };

/** An option given to a command that does not take it is refused, not silently ignored. */
function refuseOthers(command: CommandName, given: string[]): void {
  const theirs = new Set(optionsOf(command).map((o) => o.name));
  const stray = given.find((name) => !theirs.has(name));
  if (stray) throw new UsageError(`'${command}' has no option --${stray}: run 'action-plan ${command} --help' to see its options.`);
}

/** The command line, parsed and checked: typed options, a request for help, or a UsageError in plain words. */
export function parseCommandLine(argv: string[]): CheckArgs | ClearArgs | RollupArgs | HelpRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: PARSE_OPTIONS });
  } catch (error) {
    if (!isParseError(error)) throw error;
    const first = error.message.split("\n")[0].replace(/\. To specify a positional.*$/, "").replace(/\.$/, "");
    const help = isCommand(argv[0]) ? `action-plan ${argv[0]} --help` : "action-plan --help";
    throw new UsageError(`${first}: run '${help}' to see the options.`);
  }
  const v = parsed.values;
  const [command, file, ...extra] = parsed.positionals;
  if (v.version) return { command: "version" };
  if (v.help || command === "help") {
    const about = command === "help" ? file : command;
    return { command: "help", about: isCommand(about) ? about : null };
  }
  if (!isCommand(command)) {
    throw new UsageError(
      command ? `Unknown command '${command}': use ${commandList()}, or run 'action-plan --help'.` : `Name a command, e.g. action-plan check plan.xlsx, or run 'action-plan --help'.`,
    );
  }
  refuseOthers(command, Object.keys(v));
  if (command === "rollup" && !file) throw new UsageError("Name the reports to roll up, e.g. action-plan rollup reports/ --out rollup.xlsx");
  if (!file) throw new UsageError(`Name the workbook to ${command}, e.g. action-plan ${command} plan.xlsx`);
  if (command === "clear" && extra.length) throw new UsageError(`Give one workbook at a time; '${extra[0]}' is one too many.`);
  const raw =
    command === "check"
      ? { command, file, files: [file, ...extra], jobs: v.jobs, sheets: v.sheet ?? [], asOf: v["as-of"], locale: v.locale, escalate: v.escalate, config: v.config, json: v.json ?? false, out: v.out, since: v.since, dueWithin: v["due-within"] }
      : command === "rollup"
        ? { command, reports: [file, ...extra], out: v.out }
        : { command, file, out: v.out };
  const schema = command === "check" ? CheckArgsSchema : command === "rollup" ? RollupArgsSchema : ClearArgsSchema;
  // One command line is parsed once: zod compiling a parser for the schema first (its "JIT")
  // would take longer than the parse it speeds up.
  const result = schema.safeParse(raw, { jitless: true });
  if (!result.success) throw new UsageError(plainIssue(result.error));
  return result.data;
}
