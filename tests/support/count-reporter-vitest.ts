import type { Reporter, TestModule } from 'vitest/node'

import { type Failure, firstLine, recordCounts } from './record-counts'

/** Vitest's own summary is not a line CI reads: count the results and print the plain line. */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    const failures: Failure[] = []
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const result = test.result()
        if (result.state === 'passed') counts.passed++
        else if (result.state === 'failed') {
          counts.failed++
          failures.push({ name: `${mod.moduleId.replace(process.cwd() + '/', '')} › ${test.fullName}`, error: firstLine(result.errors?.[0]?.message) })
        } else counts.skipped++
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) {
        counts.failed++
        failures.push({ name: mod.moduleId.replace(process.cwd() + '/', ''), error: firstLine(mod.errors()[0]?.message) })
      }
    }
    for (const error of errors) {
      counts.failed++
      failures.push({ name: 'unhandled error', error: firstLine(error instanceof Error ? error.message : String(error)) })
    }
    recordCounts({ runner: 'vitest', counts, failures })
  }
}
