// Prints one closing line, "tests: N passed, N failed", that CI reads: the last line of the run.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

let printLast = () => {};

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
      const line = `tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`;
      // Last of everything printed: the other reporters still write their summaries after this hook.
      process.removeListener('exit', printLast);
      printLast = () => process.stdout.write(`\n${line}\n`);
      process.once('exit', printLast);
    },
  };
}
