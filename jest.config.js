/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles here.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // jsdom asks for fflate's browser build, an ES module jest does not load: its CommonJS build is the same code.
  moduleNameMapper: { "^fflate$": "<rootDir>/node_modules/fflate/lib/browser.cjs" },
  testTimeout: 30000,
};
