import type { TestError, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

import { type Failure, firstLine, recordCounts } from './record-counts'

/** Playwright's summary is not a line CI reads: count final outcomes and print the plain line. */
export default class CountReporter implements Reporter {
  private outcomes = new Map<string, { test: TestCase; result: TestResult }>()
  private errors: TestError[] = []

  onTestEnd(test: TestCase, result: TestResult) {
    this.outcomes.set(test.id, { test, result })
  }

  onError(error: TestError) {
    this.errors.push(error)
  }

  onEnd() {
    const counts = { passed: 0, failed: this.errors.length, skipped: 0 }
    const failures: Failure[] = this.errors.map((e) => ({ name: 'error outside a test', error: firstLine(e.message) }))
    for (const { test, result } of this.outcomes.values()) {
      const outcome = test.outcome()
      if (outcome === 'expected' || outcome === 'flaky') counts.passed++
      else if (outcome === 'skipped') counts.skipped++
      else {
        counts.failed++
        failures.push({ name: `${test.location.file.replace(process.cwd() + '/', '')} › ${test.title}`, error: firstLine(result.error?.message) })
      }
    }
    recordCounts({ runner: 'playwright', counts, failures })
  }
}
