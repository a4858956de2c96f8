import type { Reporter, TestModule } from 'vitest/node'

import { recordCounts } from './record-counts'

/** Vitest's own summary is not a line CI reads: count the results and print the plain line. */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed++
        else if (state === 'failed') counts.failed++
        else counts.skipped++
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) counts.failed++
    }
    if (errors.length > 0) counts.failed += errors.length
    recordCounts({ runner: 'vitest', counts })
  }
}
