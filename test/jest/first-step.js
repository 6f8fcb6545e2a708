/**
 * `npm test`'s first step: the type check, the lint and the pane's build for the browser tests,
 * at the same time. The type check and the lint each run on one core; one after the other they
 * left the second core of a 2-core machine idle, and the lint ends well before the type check,
 * which leaves room for the pane's webpack build (tens of seconds of CPU on a clean machine,
 * which inside jest held up every browser test waiting for it). Each one's output is printed
 * whole when it ends; the step fails if any does.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const bin = (file) => path.join(ROOT, "node_modules", file);
// The type check and the lint are the same commands as `npm run typecheck` and `npm run lint`.
const STEPS = [
  { name: "typecheck", args: [bin("typescript-7/bin/tsc"), "--noEmit", "-p", "."] },
  { name: "lint", args: [bin("eslint/bin/eslint.js"), "."] },
  { name: "pane build for the browser tests", args: [bin("tsx/dist/cli.mjs"), path.join(ROOT, "test/e2e/build-pane.ts")] },
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
