#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm install` (the prepare script, scripts/build-cli.mjs),
// which also leaves V8's compiled code for it beside the bundle: loaded with it, a run skips
// compiling the CLI again (about a tenth of a second, most of the time a small plan takes).
// The code is named by a hash of the bundle it was made from, since V8 checks only the
// length of the source; code this Node cannot use is rejected by V8 and compiled afresh.
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire, wrap } = require("node:module");

function load(file) {
  const source = fs.readFileSync(file, "utf8");
  const cacheFile = `${file}.${createHash("sha256").update(source).digest("hex").slice(0, 16)}.cache`;
  if (!fs.existsSync(cacheFile)) return require(file);
  const script = new vm.Script(wrap(source), { filename: file, cachedData: fs.readFileSync(cacheFile) });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

load(path.join(__dirname, "../dist/node/cli/main.js"))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
