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
  moduleNameMapper: {
    "^fflate$": "<rootDir>/node_modules/fflate/lib/browser.cjs",
    // Fluent's two index modules load all of Fluent and all its icons, again for each test file:
    // these give the same exports, each loaded when first used (see the files for why).
    "^@fluentui/react-components$": "<rootDir>/test/jest/fluent-components.js",
    "^@fluentui/react-icons$": "<rootDir>/test/jest/fluent-icons.js",
  },
  // On CI's 2 cores jest's default is one worker (cores - 1), which leaves a core idle while a
  // test waits on LibreOffice or Chromium: two workers keep both busy.
  maxWorkers: 2,
  // One Chromium for all the browser test files of a run, when the run has any (see the files).
  globalSetup: "<rootDir>/test/jest/browser-setup.ts",
  globalTeardown: "<rootDir>/test/jest/browser-teardown.ts",
  // After the run: the tests over 5 s and the files over 20 s, by name.
  reporters: ["default", "<rootDir>/test/jest/slow-tests-reporter.js"],
  // Every test is held to 5 s (the reporter above names any over it); the limit is three times
  // that, so that a test slowed by a busy machine is named, not failed, and one that hangs fails
  // in 15 s rather than 30. The slow setups (the browser, LibreOffice, the CLI over a folder of
  // plans) run once per file in beforeAll hooks, each with its own limit and the reason for it.
  testTimeout: 15_000,
};
