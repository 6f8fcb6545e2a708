/**
 * docs/cli-and-report.md is the contract other tools read; this keeps it in step with the
 * report's schema. The document's JSON blocks are marked with where their fields go:
 * `json-report: full` is a whole report, compared both ways (a field the schema has and the
 * document lacks fails, and so does one the document has and the schema lacks);
 * `json-report: plan-sheet` and `json-report: report` describe fields later features add to a
 * plan sheet or to the report, and count only for the fields the schema already has.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { OPTIONS } from "../../src/cli/help";
import { ReportSchema } from "../../src/engine";

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const DOC = path.resolve(__dirname, "../../docs/cli-and-report.md");

/** The document's marked JSON blocks, parsed. */
function markedBlocks(markdown: string): { where: string; json: unknown }[] {
  const blocks = [...markdown.matchAll(/<!-- json-report: ([\w-]+) -->\s*```json\n([\s\S]*?)```/g)];
  return blocks.map(([, where, text]) => ({ where, json: JSON.parse(text) }));
}

const variantsOf = (schema: JsonSchema) => schema.anyOf ?? schema.oneOf;
const isOpenMap = (schema: JsonSchema) => !schema.properties && typeof schema.additionalProperties === "object";

/**
 * The schema's field paths, e.g. ".sheets[]<plan>.items[].steps[].row" (a sheet's kind names
 * its variant), each with its own schema.
 */
function schemaFields(schema: JsonSchema, at: string, into: Map<string, string>): Map<string, string> {
  const variants = variantsOf(schema);
  if (variants) {
    for (const variant of variants) {
      const kind = variant.properties?.kind?.const;
      schemaFields(variant, typeof kind === "string" ? `${at}<${kind}>` : at, into);
    }
  } else if (schema.items) {
    schemaFields(schema.items, `${at}[]`, into);
  } else if (schema.properties && !isOpenMap(schema)) {
    for (const [key, field] of Object.entries(schema.properties)) {
      into.set(`${at}.${key}`, JSON.stringify(field));
      schemaFields(field, `${at}.${key}`, into);
    }
  }
  return into;
}

const withoutKinds = (field: string) => field.replace(/<[\w-]+>/g, "");

/** The example's field paths, named as schemaFields names them; an open map's keys are data, not fields. */
function exampleFields(value: unknown, schema: JsonSchema | undefined, at: string, into: Set<string>): Set<string> {
  if (value === null || typeof value !== "object") return into;
  const variants = schema && variantsOf(schema);
  if (variants) {
    const kind = (value as { kind?: unknown }).kind;
    const byKind = variants.find((v) => v.properties?.kind?.const !== undefined && v.properties.kind.const === kind);
    const notNull = variants.find((v) => v.type !== "null");
    return exampleFields(value, byKind ?? notNull, byKind ? `${at}<${String(kind)}>` : at, into);
  }
  if (Array.isArray(value)) {
    for (const element of value) exampleFields(element, schema?.items, `${at}[]`, into);
    return into;
  }
  if (schema && isOpenMap(schema)) return into;
  for (const [key, field] of Object.entries(value)) {
    into.add(`${at}.${key}`);
    exampleFields(field, schema?.properties?.[key], `${at}.${key}`, into);
  }
  return into;
}

const schema = z.toJSONSchema(ReportSchema) as JsonSchema;
const planSheet = variantsOf(schema.properties!.sheets.items!)!.find((v) => v.properties?.kind?.const === "plan")!;
/** Where each kind of block puts its fields: the path of its top level and the schema there. */
const PLACES: Record<string, { at: string; schema: JsonSchema }> = {
  full: { at: "", schema },
  report: { at: "", schema },
  "plan-sheet": { at: ".sheets[]<plan>", schema: planSheet },
};

const blocks = markedBlocks(fs.readFileSync(DOC, "utf8"));

describe("docs/cli-and-report.md and the report's schema", () => {
  it("has one whole example report, and every block is marked with a place the test knows", () => {
    expect(blocks.filter((b) => b.where === "full")).toHaveLength(1);
    for (const block of blocks) expect(Object.keys(PLACES)).toContain(block.where);
  });

  it("gives a whole report the schema accepts, with what the later sections say each plan sheet gains", () => {
    const full = structuredClone(blocks.find((b) => b.where === "full")!.json) as { sheets: { kind: string }[] };
    const gains = blocks.filter((b) => b.where === "plan-sheet").map((b) => b.json as Record<string, unknown>);
    const known = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([key]) => key in planSheet.properties!));
    for (const sheet of full.sheets) if (sheet.kind === "plan") for (const fields of gains) Object.assign(sheet, known(fields));
    expect(ReportSchema.safeParse(full).error?.issues ?? []).toEqual([]);
  });

  it("documents every field of the schema, and no field the schema lacks", () => {
    const inSchema = schemaFields(schema, "", new Map());
    const documented = new Set<string>();
    for (const { where, json } of blocks) {
      const place = PLACES[where];
      const fields = exampleFields(json, place.schema, place.at, new Set());
      // A later section may describe a field before its feature lands: it counts once the schema has it.
      const topField = (field: string) => field.split(".").slice(0, place.at.split(".").length + 1).join(".").replace(/\[\]$/, "");
      const counted = where === "full" ? [...fields] : [...fields].filter((f) => inSchema.has(topField(f)));
      for (const field of counted) documented.add(field);
    }
    // A shape shown for one kind of sheet is shown for the other (a not-a-plan sheet's findings are always empty).
    const shownElsewhere = (field: string) =>
      [...documented].some((other) => other !== field && withoutKinds(other) === withoutKinds(field) && inSchema.get(other) === inSchema.get(field));
    const missingFromDoc = [...inSchema.keys()].filter((f) => !documented.has(f) && !shownElsewhere(f));
    expect({ missingFromDoc, notInSchema: [...documented].filter((f) => !inSchema.has(f)) }).toEqual({
      missingFromDoc: [],
      notInSchema: [],
    });
  });

  it("shows both kinds of sheet in the whole example", () => {
    const fields = exampleFields(blocks.find((b) => b.where === "full")!.json, schema, "", new Set());
    expect(fields).toContain(".sheets[]<plan>.items[].steps[].overdueDays");
    expect(fields).toContain(".sheets[]<not-a-plan>.reason");
  });
});

describe("docs/cli-and-report.md and the tool's help", () => {
  it("describes every option the help lists", () => {
    const doc = fs.readFileSync(DOC, "utf8");
    expect(OPTIONS.map((o) => `--${o.name}`).filter((flag) => !doc.includes(`\`${flag}`))).toEqual([]);
  });
});
