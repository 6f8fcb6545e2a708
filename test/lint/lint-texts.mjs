/**
 * Lints pieces of code as if they were files of this repository, with its eslint.config.mjs:
 * reads [[filePath, code], ...] as JSON on stdin, writes each one's [ruleId, message] pairs.
 * A separate process because ESLint loads its config with import(), which jest's VM refuses.
 */
import { ESLint } from "eslint";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const [filePath, code] of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map((m) => [m.ruleId, m.message]));
}
process.stdout.write(JSON.stringify(results));
