/**
 * How well the engine reads plans it was not written from: runs it on every plan in
 * test/corpus/plans and compares what it read with each plan's hand-written key.
 *   npm run accuracy                       print the table
 *   npm run accuracy -- --details          and every miss on the plans the rules may be shaped by
 *   npm run accuracy -- --held-out-details and on the held-out plans too (for whoever keeps the corpus)
 *   npm run accuracy -- --write [--label L] also keep the table in docs/accuracy.md (section L, default "current")
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readGrids } from "../src/adapters/xlsx";
import { checkWorkbook, toReport } from "../src/engine";
import { corpusPlans, readKey } from "../test/corpus/plans/corpus";
import { FIELDS, fieldAccuracy, precision, recall, scorePlan, totalOf, type PlanScore, type Tally } from "./accuracy-score";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ratio = (t: Tally) => (t.total === 0 ? "–" : `${pct(t.right / t.total)} (${t.right}/${t.total})`);

function row(s: PlanScore): string {
  const fields = fieldAccuracy(s);
  const per100 = s.keyItems === 0 ? 0 : (100 * s.falseErrors.length) / s.keyItems;
  return `| ${s.slug} | ${s.keyItems} | ${s.foundItems} | ${pct(precision(s))} | ${pct(recall(s))} | ${s.nonItemsAsItems} | ${ratio(fields)} | ${s.falseErrors.length} (${per100.toFixed(1)}/100 items) | ${s.falseWarnings.length} | ${s.missedFindings.length} |`;
}

/** Held-out plans are shown only in total, so that no one shapes a rule on one of them by name. */
function table(title: string, scores: PlanScore[], perPlan = true): string[] {
  const total = totalOf(`**${title} overall**`, scores);
  return [
    `### ${title}`,
    "",
    "| plan | items (key) | items read | precision | recall | non-items read as items | field accuracy | false errors | false warnings | missed findings |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...(perPlan ? scores.map(row) : []),
    row(total),
    "",
    `Field accuracy by field (${title.toLowerCase()}):`,
    "",
    `| ${FIELDS.join(" | ")} |`,
    `| ${FIELDS.map(() => "---:").join(" | ")} |`,
    `| ${FIELDS.map((f) => (total.unscoredFields.has(f) && total.fields[f].total === 0 ? "not reported" : ratio(total.fields[f]))).join(" | ")} |`,
    "",
  ];
}

function details(scores: PlanScore[]): string[] {
  return scores.flatMap((s) => [
    `${s.slug}:`,
    ...s.fieldMisses.map((m) => `  field   ${m}`),
    ...s.falseErrors.map((f) => `  false error   ${f.rule} ${f.cell ?? "(sheet)"}: ${f.detail}`),
    ...s.falseWarnings.map((f) => `  false warning ${f.rule} ${f.cell ?? "(sheet)"}: ${f.detail}`),
    ...s.missedFindings.map((f) => `  missed  ${f.rule} ${f.cell ?? "(sheet)"}: ${f.detail}`),
  ]);
}

async function writeSection(label: string, lines: string[]): Promise<void> {
  const file = path.join(__dirname, "..", "docs", "accuracy.md");
  const begin = `<!-- accuracy:${label}:begin -->`;
  const end = `<!-- accuracy:${label}:end -->`;
  const section = [begin, ...lines, end].join("\n");
  // The first --write starts the page; any other failure to read it must not overwrite it.
  const doc = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "# Reading accuracy on public plans\n";
    throw error;
  });
  const at = doc.indexOf(begin);
  const next = at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const labelAt = args.indexOf("--label");
  const label = labelAt >= 0 ? args[labelAt + 1] : "current";
  const scores: PlanScore[] = [];
  for (const plan of corpusPlans()) {
    const key = readKey(plan);
    const result = checkWorkbook(readGrids(await readFile(plan.workbookPath)).grids, { asOf: key.asOf, today: key.asOf, locale: key.locale });
    scores.push(scorePlan(plan.slug, plan.heldOut, key, toReport(result, path.basename(plan.workbookPath))));
  }
  const seen = scores.filter((s) => !s.heldOut);
  const heldOut = scores.filter((s) => s.heldOut);
  const lines = [...table("Plans the rules may be shaped by", seen), ...(heldOut.length > 0 ? table(`Held-out plans (${heldOut.length})`, heldOut, false) : [])];
  console.log(lines.join("\n"));
  // The held-out plans' misses would tell a rule-writer what to shape the rules by.
  if (args.includes("--details")) console.log(details(seen).join("\n"));
  if (args.includes("--held-out-details")) console.log(details(heldOut).join("\n"));
  if (args.includes("--write")) await writeSection(label, lines);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
