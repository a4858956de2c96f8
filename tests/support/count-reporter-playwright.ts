import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

import { recordCounts } from './record-counts'

/** Playwright's summary is not a line CI reads: count final outcomes and print the plain line. */
export default class CountReporter implements Reporter {
  private outcomes = new Map<string, ReturnType<TestCase['outcome']>>()
  private errors = 0

  onTestEnd(test: TestCase, _result: TestResult) {
    this.outcomes.set(test.id, test.outcome())
  }

  onError() {
    this.errors++
  }

  onEnd() {
    const counts = { passed: 0, failed: this.errors, skipped: 0 }
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected' || outcome === 'flaky') counts.passed++
      else if (outcome === 'skipped') counts.skipped++
      else counts.failed++
    }
    recordCounts({ runner: 'playwright', counts })
  }
}
