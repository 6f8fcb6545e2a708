/**
 * webpack's loader for the pane's TypeScript: esbuild strips the types of each file, as
 * test/jest/esbuild-transform.js does for jest and scripts/build-cli.mjs for the CLI; type
 * checking is `tsc --noEmit`'s job. ts-loader did the same through TypeScript's transpiler, a
 * third of the pane build's CPU (about 7 s of 24 s, measured in turns).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { transform } = require("esbuild");

/** What tsconfig.json says that changes the JavaScript: the rest is type checking. */
const TSCONFIG = { compilerOptions: { target: "ES2022", jsx: "react-jsx", useDefineForClassFields: true } };

module.exports = function esbuildLoader(source) {
  const done = this.async();
  // No format: imports and exports are left for webpack, which needs them to shake the tree.
  transform(source, {
    loader: this.resourcePath.endsWith(".tsx") ? "tsx" : "ts",
    target: "es2022",
    tsconfigRaw: TSCONFIG,
    sourcefile: this.resourcePath,
    sourcemap: this.sourceMap ? "external" : false,
  }).then(
    ({ code, map, warnings }) => {
      for (const warning of warnings) this.emitWarning(new Error(warning.text));
      done(null, code, map || undefined);
    },
    (error) => done(error),
  );
};
