// Prints one closing line, "tests: N passed, N failed", that CI reads.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load counts as a failure even though it ran no test.
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
