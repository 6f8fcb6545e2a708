#!/usr/bin/env node
"use strict";
// The compiled CLI is made by `npm install` (the prepare script) from src/cli.
require("../dist/node/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
