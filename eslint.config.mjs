import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bin/**", "*.config.js", "test-output/**", "bench/out/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The engine is host-free: it runs the same in Excel, in a browser and in Node.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: "The engine never touches ExcelJS: do it in src/adapters/exceljs." },
            { name: "react", message: "The engine has no UI." },
          ],
          patterns: [
            { group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "The engine depends on no host." },
            { group: ["node:*", "fs", "path"], message: "The engine runs in a browser too: no Node modules." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "The engine never touches Office.js." }, { name: "Excel", message: "The engine never touches Office.js." }],
    },
  },
  {
    // Tests run only in Node and may read the folder they test (the rules registry test does).
    files: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: "Engine tests build grids and plans by hand, as the engine sees them." }],
          patterns: [{ group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "The engine depends on no host." }],
        },
      ],
    },
  },
);
