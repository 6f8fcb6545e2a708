/**
 * Names, after a run, every test that took over 5 s and every file that took over 20 s, slowest
 * first: the limits the suite is held to (README, "How long the tests take"). It reports; it
 * fails nothing, since wall time on a shared machine is no verdict on the code.
 */
const TEST_LIMIT_MS = 5_000;
const FILE_LIMIT_MS = 20_000;

class SlowTestsReporter {
  onRunComplete(_contexts, results) {
    const tests = [];
    const files = [];
    for (const file of results.testResults) {
      const name = file.testFilePath.replace(`${process.cwd()}/`, "");
      const took = file.perfStats.end - file.perfStats.start;
      if (took > FILE_LIMIT_MS) files.push({ took, name });
      for (const test of file.testResults) {
        if ((test.duration ?? 0) > TEST_LIMIT_MS) tests.push({ took: test.duration, name: `${name} › ${test.fullName}` });
      }
    }
    const list = (items) => items.sort((a, b) => b.took - a.took).map(({ took, name }) => `  ${(took / 1000).toFixed(1)} s  ${name}`).join("\n");
    if (tests.length > 0) console.log(`\nTests over ${TEST_LIMIT_MS / 1000} s: ${tests.length}\n${list(tests)}`);
    if (files.length > 0) console.log(`\nTest files over ${FILE_LIMIT_MS / 1000} s: ${files.length}\n${list(files)}`);
    if (tests.length === 0 && files.length === 0) console.log(`\nNo test over ${TEST_LIMIT_MS / 1000} s, no test file over ${FILE_LIMIT_MS / 1000} s.`);
  }
}

module.exports = SlowTestsReporter;
