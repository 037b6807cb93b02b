// Prints "N passed, N failed, N skipped" alone on the last line: CI counts tests from it.
// Above it, one "FAILED file › suite › test: first line of the error" line per failure, so
// the tail of a CI log names what failed. A test file that failed to load counts as one
// failure. Counts of the Node-side tests run before the browser suite (scripts/test.mjs)
// arrive in PAY_NODE_TEST_COUNTS (with their failures' names) and are added.
// A command's error quotes its whole payload before the reason: keep both ends of a long line.
const shortened = (line) => (line.length <= 600 ? line : `${line.slice(0, 240)} … ${line.slice(-350)}`);
const firstLine = (text) => String(text ?? '').split('\n').find((line) => line.trim()) ?? '';

function count(suite, totals, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, [...path, child.name]);
}

export function summaryReporter() {
  const node = { failures: [], ...JSON.parse(process.env.PAY_NODE_TEST_COUNTS || '{"passed":0,"failed":0,"skipped":0}') };
  let totals = { ...node, failures: [...node.failures] };
  return {
    onTestRunFinished({ sessions }) {
      totals = { ...node, failures: [...node.failures] };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) count(session.testResults, totals, [file]);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length;
        if (loadFailed) {
          totals.failed += 1;
          totals.failures.push(`${file}: ${firstLine(session.errors[0]?.message)}`);
        }
      }
    },
    stop() {
      process.on('exit', () => {
        const failed = totals.failures.map((line) => `FAILED ${shortened(line)}\n`).join('');
        process.stdout.write(`\n${failed}${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
