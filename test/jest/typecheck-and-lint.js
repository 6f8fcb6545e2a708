/**
 * `npm test`'s first step: the type check and the lint at the same time. Each runs on one core,
 * so one after the other they left the second core of a 2-core machine idle for the length of
 * the lint. Each one's output is printed whole when it ends; the step fails if either does.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
// The same commands as `npm run typecheck` and `npm run lint`.
const STEPS = [
  { name: "typecheck", args: [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."] },
  { name: "lint", args: [path.join(ROOT, "node_modules/eslint/bin/eslint.js"), "."] },
];

function run({ name, args }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (code) => {
      const text = Buffer.concat(output).toString();
      process.stdout.write(`${name}: ${code === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s\n${text}`);
      resolve(code === 0);
    });
  });
}

Promise.all(STEPS.map(run)).then((passed) => {
  process.exitCode = passed.every(Boolean) ? 0 : 1;
});
