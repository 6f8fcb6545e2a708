/**
 * jest's TypeScript transform: esbuild strips the types of each file, as `tsc --noEmit` in
 * `npm test` checks them. ts-jest did the same through TypeScript's own transpiler, several
 * times slower on a cold cache, which every CI run starts from.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { createHash } = require("node:crypto");
const { transformSync, version } = require("esbuild");

/** What tsconfig.json says that changes the JavaScript: the rest is type checking. */
const TSCONFIG = { compilerOptions: { target: "ES2022", jsx: "react-jsx", esModuleInterop: true, useDefineForClassFields: true } };

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      target: "es2022",
      platform: "node",
      sourcemap: "external",
      sourcesContent: false,
      sourcefile: filename,
      tsconfigRaw: TSCONFIG,
      // import() becomes require(), as tsc makes it for CommonJS: jest's module system has no native import().
      supported: { "dynamic-import": false },
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash("sha256").update(`esbuild ${version}\0${JSON.stringify(TSCONFIG)}\0${filename}\0`).update(source).digest("hex");
  },
};
