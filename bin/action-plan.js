#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm install` (the prepare script, scripts/build-cli.mjs),
// which also leaves V8's compiled code for it beside the bundle: loaded with it, a run skips
// compiling the CLI again (about a tenth of a second, most of the time a small plan takes).
// Code this Node cannot use is rejected by V8 and compiled afresh.
const fs = require("node:fs");
const path = require("node:path");
const { bundleLoader, codeFileOf, setRunFlags } = require("./load-bundle");

setRunFlags();

const { load } = bundleLoader((file, bytes) => {
  const code = codeFileOf(file, bytes);
  return code !== null && fs.existsSync(code) ? fs.readFileSync(code) : undefined;
});

load(path.join(__dirname, "../dist/node/cli/main.js"))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Once all is written, ended here rather than by Node tearing down the heap and its threads
    // first: 5 ms of a small run, 15 ms of a 1,000-row check --json, 80 ms at 50,000 rows. Output
    // still queued (a pipe Node writes to asynchronously, as on Windows) is left to Node to finish.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  });
