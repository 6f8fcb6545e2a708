/**
 * Writes test/corpus/plans/**\/plan.xlsx from each plan's definition (plan.ts). The .xlsx files
 * are committed, so tests and the accuracy score need not run this.
 *   npx tsx scripts/make-corpus-plans.ts [slug…]
 */
import { buildWorkbook, corpusPlans, readDefinition } from "../test/corpus/plans/corpus";

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  for (const plan of corpusPlans()) {
    if (only.size > 0 && !only.has(plan.slug)) continue;
    await buildWorkbook(await readDefinition(plan)).xlsx.writeFile(plan.workbookPath);
    console.log(`wrote ${plan.workbookPath}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
