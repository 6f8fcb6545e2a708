/**
 * Writes the seed workbooks (every variant) to examples/, for people to open in Excel and
 * for the command-line tool's smoke runs: npx tsx scripts/make-examples.ts
 */
import fs from "node:fs";
import path from "node:path";
import { buildSeedWorkbooks } from "../test/fixtures/seed-workbooks";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../examples");
  fs.mkdirSync(dir, { recursive: true });
  for (const workbook of await buildSeedWorkbooks()) {
    fs.writeFileSync(path.join(dir, workbook.file), workbook.buffer);
    process.stderr.write(`${workbook.file} (${workbook.name}, ${workbook.buffer.length} bytes)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
