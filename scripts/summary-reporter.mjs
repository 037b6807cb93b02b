// Prints "N passed, N failed, N skipped" alone on the last line: CI counts tests from it.
// A test file that failed to load counts as one failure. Counts of the Node-side tests run
// before the browser suite (scripts/test.mjs) arrive in PAY_NODE_TEST_COUNTS and are added.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  const node = JSON.parse(process.env.PAY_NODE_TEST_COUNTS || '{"passed":0,"failed":0,"skipped":0}');
  let totals = { ...node };
  return {
    onTestRunFinished({ sessions }) {
      totals = { ...node };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length;
        if (loadFailed) totals.failed += 1;
      }
    },
    stop() {
      process.on('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
