import tseslint from "typescript-eslint";
import layers from "./eslint-rules/layers.mjs";

const root = import.meta.dirname;
const hostGlobal = (name, where) => ({ name, message: `The engine runs in Excel, a browser and Node alike: ${name} belongs to ${where}. Do this in an adapter or a host.` });
/** Test helpers live in test/, never in src/engine, so that they are never built into dist. */
const testGlobal = (name) => ({ name, message: `${name} is jest's: a helper for tests belongs in test/, where it is never built.` });

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bin/**", "*.config.js", "test-output/**", "bench/out/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { architecture: layers },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // engine ← adapters ← hosts: see eslint-rules/layers.mjs. Only files under src/ are placed in a layer.
      "architecture/layers": ["error", { root }],
    },
  },
  {
    // The engine is host-free: it runs the same in Excel, in a browser and in Node.
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        hostGlobal("process", "Node"),
        hostGlobal("Buffer", "Node"),
        hostGlobal("require", "Node"),
        hostGlobal("__dirname", "Node"),
        hostGlobal("window", "the browser"),
        hostGlobal("document", "the browser"),
        hostGlobal("localStorage", "the browser"),
        hostGlobal("Office", "Office.js"),
        hostGlobal("Excel", "Office.js"),
        ...["describe", "it", "test", "expect", "jest", "beforeAll", "beforeEach", "afterAll", "afterEach"].map(testGlobal),
      ],
    },
  },
  {
    // The engine's tests run only under jest in Node: they may read the folder they test (the
    // rules registry test does), use fast-check, and build plans with test/'s helpers.
    files: ["src/engine/**/*.test.ts"],
    rules: {
      "architecture/layers": ["error", { root, enginePackages: ["zod", "fast-check", "node:"], engineMayReach: ["test"] }],
      "no-restricted-globals": ["error", hostGlobal("Office", "Office.js"), hostGlobal("Excel", "Office.js"), hostGlobal("window", "the browser"), hostGlobal("document", "the browser")],
    },
  },
);
