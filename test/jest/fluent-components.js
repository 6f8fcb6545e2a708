/**
 * @fluentui/react-components for jest: the same exports, each package loaded on first use.
 * The real index requires all of Fluent's ~60 packages (and through them every icon) when it
 * loads, which jest does again for each test file: seconds of CPU per pane test file for
 * components the pane never shows. A browser build is unaffected: webpack keeps only what is used.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const path = require("node:path");

const INDEX = path.resolve(__dirname, "../../node_modules/@fluentui/react-components/lib-commonjs/index.cjs");
const source = fs.readFileSync(INDEX, "utf8");

// The index is generated in two shapes: `const _reactbutton = require("@fluentui/react-button");`
// and `get Button () { return _reactbutton.Button; }`. Read both, so that a new Fluent version
// brings its new names along.
const packages = new Map([...source.matchAll(/const (\w+) = require\("([^"]+)"\);/g)].map(([, local, name]) => [local, name]));
const getters = [...source.matchAll(/get ([\w$]+) \(\) \{\s*return (\w+)\.([\w$]+);\s*\}/g)];
if (packages.size === 0 || getters.length === 0) {
  throw new Error(`test/jest/fluent-components.js could not read ${INDEX}: its shape changed; update the patterns.`);
}

// Components read these names on every render, and jest's require resolves a name afresh on each
// call (seconds of CPU in a pane test file): each package is required once.
const loaded = new Map();
function load(from) {
  if (!loaded.has(from)) loaded.set(from, require(from));
  return loaded.get(from);
}

Object.defineProperty(exports, "__esModule", { value: true });
for (const [, name, local, member] of getters) {
  const from = packages.get(local);
  if (from === undefined) throw new Error(`test/jest/fluent-components.js: ${name} comes from ${local}, which ${INDEX} does not require.`);
  Object.defineProperty(exports, name, { enumerable: true, get: () => load(from)[member] });
}
