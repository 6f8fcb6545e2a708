#!/usr/bin/env node
"use strict";
// The CLI is bundled from src/cli by `npm install` (the prepare script, scripts/build-cli.mjs).
require("../dist/node/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
