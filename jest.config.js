/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; here esbuild only strips the types.
    "^.+\\.tsx?$": "<rootDir>/test/jest/esbuild-transform.js",
  },
  // jsdom asks for fflate's browser build, an ES module jest does not load: its CommonJS build is the same code.
  moduleNameMapper: { "^fflate$": "<rootDir>/node_modules/fflate/lib/browser.cjs" },
  // On CI's 2 cores jest's default is one worker (cores - 1), which leaves a core idle while a
  // test waits on LibreOffice or Chromium: two workers keep both busy.
  maxWorkers: 2,
  // Every test takes well under a second or two; a test that needs longer (LibreOffice, the
  // browser) says so itself, with the reason.
  testTimeout: 10000,
};
