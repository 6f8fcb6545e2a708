#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm install` (the prepare script, scripts/build-cli.mjs),
// which also leaves V8's compiled code for it beside the bundle: loaded with it, a run skips
// compiling the CLI again (about a tenth of a second, most of the time a small plan takes).
// The code is named by a checksum of the bundle it was made from, since V8 checks only the
// length of the source; code this Node cannot use is rejected by V8 and compiled afresh.
// The checksum is zlib's, which the CLI loads anyway: node:crypto alone takes longer to load
// than the rest of this file.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");
const { createRequire, wrap } = require("node:module");

const loaded = new Map();

function load(file) {
  // zlib.crc32 came in Node 20.15; before it, the CLI is compiled as it loads.
  if (typeof zlib.crc32 !== "function") return require(file);
  if (loaded.has(file)) return loaded.get(file).exports;
  const bytes = fs.readFileSync(file);
  const cacheFile = `${file}.${zlib.crc32(bytes).toString(16).padStart(8, "0")}.cache`;
  if (!fs.existsSync(cacheFile)) return require(file);
  const script = new vm.Script(wrap(bytes.toString("utf8")), { filename: file, cachedData: fs.readFileSync(cacheFile) });
  const module = { exports: {} };
  loaded.set(file, module);
  script.runInThisContext().call(module.exports, module.exports, bundleRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** The bundle's require: a bundle beside it ("./zod.js", loaded only when used) is loaded as it was, with its own code. */
function bundleRequire(file) {
  const nodeRequire = createRequire(file);
  const required = (id) => (id.startsWith("./") ? load(path.join(path.dirname(file), id)) : nodeRequire(id));
  required.resolve = nodeRequire.resolve;
  return required;
}

load(path.join(__dirname, "../dist/node/cli/main.js"))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Once all is written, ended here rather than by Node tearing down the heap and its threads
    // first: 5 ms of a small run, 15 ms of a 1,000-row check --json, 80 ms at 50,000 rows. Output
    // still queued (a pipe Node writes to asynchronously, as on Windows) is left to Node to finish.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  });
