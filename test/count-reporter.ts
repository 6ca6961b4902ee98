/**
 * Prints the plain closing line CI reads: "N passed, N failed". A test file that fails to load or
 * whose set-up fails (its tests then never run and vitest reports them skipped) counts as failed:
 * each of its tests that did not pass, or the file itself where it holds none; so do errors
 * outside any test.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export function countResults(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError> = [],
): { passed: number; failed: number; skipped: number } {
  let passed = 0,
    failed = 0,
    skipped = 0;
  for (const m of modules) {
    const broken = m.errors().length > 0;
    let tests = 0;
    for (const t of m.children.allTests()) {
      tests++;
      const s = t.result().state;
      if (s === 'passed') passed++;
      else if (s === 'failed' || broken) failed++;
      else skipped++;
    }
    if (broken && tests === 0) failed++;
  }
  failed += unhandledErrors.length;
  return { passed, failed, skipped };
}

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, _reason: TestRunEndReason): void {
    const { passed, failed, skipped } = countResults(modules, unhandledErrors);
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
