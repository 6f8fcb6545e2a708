// Named imports: esbuild gives a default import a copy of each of fs's hundred exports as the CLI loads (1.4 ms).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ESCALATION_RULE_IDS, type EscalationRuleId, lazySchema } from "../engine";

/**
 * What `action-plan --help` says, kept as data: the parser (options.ts) reads the same list,
 * so an option added here is parsed and explained at once, and cannot be one without the other.
 */
export type CommandName = "check" | "rollup" | "clear";

export interface CommandHelp {
  usage: string[];
  /** One line, for the list of commands. */
  summary: string;
  /** What it reads and writes, for the command's own help. */
  about: string;
  exitStatuses: ReadonlyArray<readonly [status: number, meaning: string]>;
  examples: ReadonlyArray<readonly [command: string, what: string]>;
}

/** One help line, and how the parser takes the option. An option two commands take differently has a line for each. */
export interface OptionHelp {
  name: string;
  short?: string;
  type: "string" | "boolean";
  multiple?: boolean;
  /** The value's placeholder: --as-of YYYY-MM-DD. */
  value?: string;
  /** The commands that take it; "all" for --help and --version. */
  commands: readonly CommandName[] | "all";
  description: string;
  /** The default, in words, when leaving the option out is not simply "off". */
  default?: string;
  /** The values it takes, each with what it means. */
  choices?: ReadonlyArray<readonly [value: string, meaning: string]>;
}

const COULD_NOT = "it could not do the job (file missing, not an .xlsx, unreadable, a bad option), said in one sentence";

export const COMMANDS: Record<CommandName, CommandHelp> = {
  check: {
    usage: ["action-plan check <workbook.xlsx> [options]", "action-plan check <FOLDER | workbook.xlsx>... [--jobs N] [options]"],
    summary: "Check a plan: gaps, slipped and overdue steps, savings, escalations",
    about:
      "Reads the workbook and never changes it. Prints, for each plan sheet, what a careful reader would find (each finding on its cell), the escalations, slipped and overdue steps and the savings totals. With --out it also writes a copy with the findings highlighted and the summary sheets added.",
    exitStatuses: [
      [0, "no finding is an error"],
      [1, "at least one finding is an error"],
      [2, COULD_NOT],
    ],
    examples: [
      ["action-plan check plan.xlsx", "check every sheet, as of the plan's reporting date"],
      ["action-plan check plan.xlsx --json > report.json", "the report as JSON, for other tools"],
      ['action-plan check plan.xlsx --sheet "Jun-16" --out checked.xlsx', "one sheet, checked into a copy"],
      ['action-plan check june.xlsx --since may.xlsx', "what changed since last month's version"],
    ],
  },
  rollup: {
    usage: ["action-plan rollup <REPORT.json | FOLDER>... --out ROLLUP.xlsx"],
    summary: "Roll up reports made elsewhere (check --json) into one workbook for the board",
    about:
      "Reads reports written by check --json (one report per file, or JSON Lines, or folders of them) and writes the same roll-up workbook as check FOLDER --out: a Plans sheet, an Escalations sheet across all plans and a Savings sheet, each line linked to its plan. Lets an estate of plans be checked on many machines and rolled up in one step.",
    exitStatuses: [
      [0, "the roll-up was written"],
      [2, "it could not do the job (a report missing or not a report, a bad option), said in one sentence"],
    ],
    examples: [["action-plan rollup share-1.jsonl share-2.jsonl --out rollup.xlsx", "one roll-up from reports made by two machines"]],
  },
  clear: {
    usage: ["action-plan clear <workbook.xlsx> --out CLEAN.xlsx"],
    summary: "Take out of a checked copy all that check --out wrote",
    about:
      "Removes the highlights, notes and summary sheets a check wrote, giving back the plan's own fills, also in a file saved days later. Writes the result to --out; the file you give is never changed.",
    exitStatuses: [
      [0, "the copy was written"],
      [2, COULD_NOT],
    ],
    examples: [["action-plan clear checked.xlsx --out clean.xlsx", "the plan as it was before the check"]],
  },
};

/** Short for the help; the engine's own words for each rule are printed on every summary. */
const ESCALATE_CHOICES: Record<EscalationRuleId, string> = {
  "red-amber-with-saving": "Red or Amber for action, with a saving attached",
  "all-red-amber": "Red or Amber for action",
  "savings-red": "Savings RAG Red",
};

export const OPTIONS: readonly OptionHelp[] = [
  { name: "sheet", type: "string", multiple: true, value: "NAME", commands: ["check"], description: "Check only this sheet; give it again for more", default: "every sheet" },
  { name: "as-of", type: "string", value: "YYYY-MM-DD", commands: ["check"], description: "The date slippage and overdue steps are counted at", default: "the sheet's reporting date, else today" },
  {
    name: "locale",
    type: "string",
    value: "LOCALE",
    commands: ["check"],
    description: "How a date typed as text like 03/04/2016 is read",
    default: "en-GB",
    choices: [
      ["en-GB", "day first: 3 April"],
      ["en-US", "month first: 4 March"],
      ["none", "neither: such dates are reported as ambiguous"],
    ],
  },
  {
    name: "escalate",
    type: "string",
    value: "RULE",
    commands: ["check"],
    description: "Which items go to the board",
    default: ESCALATION_RULE_IDS[0],
    choices: ESCALATION_RULE_IDS.map((id) => [id, ESCALATE_CHOICES[id]]),
  },
  { name: "config", type: "string", value: "FILE", commands: ["check"], description: "Settings as JSON, as the pane keeps them (rules off or their severity, escalation rule, locale, as-of date); the options above override it" },
  { name: "json", type: "boolean", commands: ["check"], description: "Print the report as JSON on stdout (fields in docs/cli-and-report.md); messages go to stderr" },
  { name: "out", type: "string", value: "OUT.xlsx", commands: ["check"], description: "Also write a copy with the findings highlighted, a note on each, and the Board summary, Savings and Actions sheets; with many workbooks, write the roll-up workbook here" },
  {
    name: "since",
    type: "string",
    value: "EARLIER",
    commands: ["check"],
    description: "Compare with the earlier version of the plan: another file (last.xlsx), a sheet of one (last.xlsx#SHEET) or a sheet of the same workbook (#SHEET); adds what changed and a Changes sheet. With many workbooks, a folder of their earlier versions: each plan is compared with the file of the same name there",
  },
  { name: "due-within", type: "string", value: "DAYS", commands: ["check"], description: "Steps not done whose date falls within this many days after the as-of date are listed as due soon", default: "28" },
  { name: "jobs", type: "string", value: "N", commands: ["check"], description: "With many workbooks, how many are checked side by side", default: "the number of cores" },
  { name: "out", type: "string", value: "ROLLUP.xlsx", commands: ["rollup"], description: "Where to write the roll-up workbook (required)" },
  { name: "out", type: "string", value: "CLEAN.xlsx", commands: ["clear"], description: "Where to write the cleared copy (required)" },
  { name: "help", short: "h", type: "boolean", commands: "all", description: "Show this help (after a command: that command's help)" },
  { name: "version", type: "boolean", commands: "all", description: "Print the version" },
];

/** Folded for an 80-column terminal. */
const WIDTH = 80;

export const optionsOf = (command: CommandName | null) =>
  OPTIONS.filter((o) => (command === null ? o.commands === "all" : o.commands === "all" || o.commands.includes(command)));

/** Words folded to the width, for text that starts at column `indent`, as its later lines do. */
function wrap(text: string, indent: number): string {
  const lines = [""];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last && indent + last.length + 1 + word.length > WIDTH) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.join(`\n${" ".repeat(indent)}`);
}

/** Two columns: what is typed, and what it means. */
function table(rows: ReadonlyArray<readonly [string, string]>, indent = 2): string {
  const left = Math.max(...rows.map(([key]) => key.length)) + indent + 2;
  return rows.map(([key, text]) => `${" ".repeat(indent)}${key.padEnd(left - indent)}${wrap(text, left)}`).join("\n");
}

function flag(option: OptionHelp): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function optionLines(options: readonly OptionHelp[]): string {
  const flags = options.map(flag);
  const left = Math.max(...flags.map((f) => f.length)) + 4;
  return options
    .map((option, i) => {
      const line = `  ${flags[i].padEnd(left - 2)}${wrap(`${option.description}${option.default ? ` (default: ${option.default})` : ""}`, left)}`;
      return option.choices ? `${line}\n${table(option.choices, left)}` : line;
    })
    .join("\n");
}

const exitLines = (statuses: CommandHelp["exitStatuses"]) => table(statuses.map(([status, meaning]) => [String(status), meaning]));
const exampleLines = (examples: CommandHelp["examples"]) => examples.map(([command, what]) => `  # ${what}\n  ${command}`).join("\n");

/** `action-plan --help`: every command, every option, the exit statuses and examples. */
export function mainHelp(version: string): string {
  const commands = Object.entries(COMMANDS) as [CommandName, CommandHelp][];
  return [
    `action-plan ${version}: checks action plans kept in Excel (.xlsx)`,
    `Usage:\n${commands.flatMap(([, c]) => c.usage.map((u) => `  ${u}`)).join("\n")}\n  action-plan <command> --help\n  action-plan --version`,
    `Commands:\n${table(commands.map(([name, c]) => [name, c.summary]))}`,
    ...commands.map(([name]) => `Options of ${name}:\n${optionLines(optionsOf(name).filter((o) => o.commands !== "all"))}`),
    `Options:\n${optionLines(optionsOf(null))}`,
    `Exit status:\n${exitLines(COMMANDS.check.exitStatuses)}`,
    `Examples:\n${exampleLines(commands.flatMap(([, c]) => c.examples))}`,
    "The options and the JSON report are described in docs/cli-and-report.md.",
  ].join("\n\n");
}

/** `action-plan <command> --help`. */
export function commandHelp(command: CommandName): string {
  const help = COMMANDS[command];
  return [
    `${help.summary}.`,
    `Usage:\n${help.usage.map((u) => `  ${u}`).join("\n")}`,
    wrap(help.about, 0),
    `Options:\n${optionLines(optionsOf(command))}`,
    `Exit status:\n${exitLines(help.exitStatuses)}`,
    `Examples:\n${exampleLines(help.examples)}`,
  ].join("\n\n");
}

const PackageSchema = lazySchema(() => z.object({ name: z.literal("action-plan-checker"), version: z.string() }));

/**
 * The version in our package.json, found by walking up from this file: it is two folders up
 * from src/cli and three from dist/node/cli, and wherever npm installed the package.
 */
export function packageVersion(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    const found = existsSync(file) ? PackageSchema.safeParse(JSON.parse(readFileSync(file, "utf8"))) : null;
    if (found?.success) return found.data.version;
    if (path.dirname(dir) === dir) throw new Error(`package.json of action-plan-checker not found above ${from}`);
  }
}
