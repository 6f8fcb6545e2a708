"use strict";
// How a bundle of the CLI is loaded: by bin/action-plan.js with V8's compiled code for it, and by
// scripts/build-cli.mjs, which runs the bundles this same way to make that code. One loader for
// both, so that the code made is the code a run loads.
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");
const zlib = require("node:zlib");
const { createRequire, wrap } = require("node:module");

/**
 * Where a bundle's compiled code is kept: named by a checksum of the bundle it was made from,
 * since V8 checks only the length of the source. The checksum is zlib's, which the CLI loads
 * anyway (node:crypto alone takes longer to load than this file); zlib.crc32 came in Node
 * 20.15, and before it there is no code file (null).
 */
function codeFileOf(file, bytes) {
  return typeof zlib.crc32 === "function" ? `${file}.${zlib.crc32(bytes).toString(16).padStart(8, "0")}.cache` : null;
}

/**
 * The V8 settings a run of the CLI starts with, set before a bundle is loaded (V8 accepts
 * compiled code only under the flags it was made with, so the build sets them too): the young
 * generation kept at its first size, for why see src/cli/young-generation.ts.
 */
function setRunFlags() {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * A loader of bundles, as Node's require would load them but through vm.Script, so that V8's
 * code can be given with each (`codeOf`: the code for a bundle, or undefined to compile it) or
 * made from it once it has run. A bundle's require of one beside it ("./zod.js", loaded only
 * when used) loads that one the same way. `loaded` holds each bundle's bytes and script.
 */
function bundleLoader(codeOf) {
  const loaded = new Map();
  function load(file) {
    const known = loaded.get(file);
    if (known) return known.module.exports;
    const bytes = fs.readFileSync(file);
    const cachedData = codeOf(file, bytes);
    const script = new vm.Script(wrap(bytes.toString("utf8")), { filename: file, ...(cachedData ? { cachedData } : {}) });
    const module = { exports: {} };
    loaded.set(file, { bytes, script, module });
    const nodeRequire = createRequire(file);
    const required = (id) => (id.startsWith("./") ? load(path.join(path.dirname(file), id)) : nodeRequire(id));
    required.resolve = nodeRequire.resolve;
    script.runInThisContext().call(module.exports, module.exports, required, module, file, path.dirname(file));
    return module.exports;
  }
  return { load, loaded };
}

module.exports = { bundleLoader, codeFileOf, setRunFlags };
