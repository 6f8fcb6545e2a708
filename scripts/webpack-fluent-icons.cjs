/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A webpack loader for Fluent UI's own modules: their icon imports from "@fluentui/react-icons"
 * are pointed at the one file per icon the package also ships ("@fluentui/react-icons/svg/…").
 * That package's index is `export *` from some sixty chunk files (16 MB of source), and webpack
 * must parse every chunk a star re-export names to find one icon in them: it was half of the
 * modules' source and the largest part of the pane's build. The bundle holds the same icons.
 */
const fs = require("node:fs");
const path = require("node:path");

const PACKAGE = "@fluentui/react-icons";
const PACKAGE_DIR = path.dirname(require.resolve(`${PACKAGE}/package.json`));
const ICON_DIR = path.join(PACKAGE_DIR, "lib/atoms/svg");
/** What the package's index exports besides icons, and the narrower entry that has it. */
const HELPERS = new Map(
  [
    ["utils", path.join(PACKAGE_DIR, "lib/utils.js")],
    ["providers", path.join(PACKAGE_DIR, "lib/providers.js")],
  ].flatMap(([entry, file]) => exportedNames(fs.readFileSync(file, "utf8")).map((name) => [name, `${PACKAGE}/${entry}`])),
);
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(["'])@fluentui\/react-icons\2;?/g;

/** The names an ES module exports by `export { a, b as c } from …` or `export const a`. */
function exportedNames(source) {
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(",").map((part) => part.trim().split(/\s+as\s+/).pop()));
  const declared = [...source.matchAll(/export\s+(?:const|function)\s+([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
  return [...listed, ...declared].filter(Boolean);
}

const iconFiles = new Map();

/** The icon's own file ("ChevronDown16Regular" is in chevron-down.js), or undefined if it has none. */
function iconRequest(name) {
  const base = name.replace(/\d*(Regular|Filled|Color|Light)$/, "");
  if (base === name || base === "") return undefined;
  const file = base.replace(/(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[0-9]|[A-Z][a-z])/g, "-").toLowerCase();
  if (!iconFiles.has(file)) {
    const full = path.join(ICON_DIR, `${file}.js`);
    iconFiles.set(file, fs.existsSync(full) ? new Set(exportedNames(fs.readFileSync(full, "utf8"))) : new Set());
  }
  return iconFiles.get(file).has(name) ? `${PACKAGE}/svg/${file}` : undefined;
}

/**
 * `source` with each import from the package's index split into imports from the files that hold
 * the names; `unplaced` hears of each name left on the index.
 */
function narrowIconImports(source, unplaced = () => {}) {
  if (!source.includes(PACKAGE)) return source;
  return source.replace(IMPORT, (whole, list, quote) => {
    const specifiers = list.split(",").map((s) => s.trim()).filter(Boolean);
    const byRequest = new Map();
    for (const specifier of specifiers) {
      const name = specifier.split(/\s+as\s+/)[0];
      // A name with no file of its own stays on the index: slower to build, the same bundle.
      const request = HELPERS.get(name) ?? iconRequest(name) ?? PACKAGE;
      if (request === PACKAGE) unplaced(name);
      byRequest.set(request, [...(byRequest.get(request) ?? []), specifier]);
    }
    const imports = [...byRequest].map(([request, names]) => `import { ${names.join(", ")} } from ${quote}${request}${quote};`);
    // The same number of lines, so that what follows keeps its line numbers.
    return imports.join(" ") + "\n".repeat(whole.split("\n").length - 1);
  });
}

module.exports = function fluentIconImports(source) {
  return narrowIconImports(source, (name) =>
    this.emitWarning(new Error(`${name} has no file of its own in ${PACKAGE}: webpack parses the whole package to find it (see scripts/webpack-fluent-icons.cjs).`)),
  );
};
module.exports.narrowIconImports = narrowIconImports;
