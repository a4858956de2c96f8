import fs from 'node:fs'

export type Counts = { passed: number; failed: number; skipped: number }

/** A failed test's name and the first line of its error: CI shows only the end of the output, so the orchestrator
 * repeats these beside its closing line. */
export type Failure = { name: string; error: string }

/**
 * Prints the plain closing line CI reads ("N passed, N failed, N skipped") and, when the test orchestrator asks for
 * it, records the counts and the failures so it can print one total for the whole `npm test`.
 */
export const recordCounts = ({
  runner,
  counts,
  failures = [],
}: {
  runner: string
  counts: Counts
  failures?: Failure[]
}): void => {
  const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
  process.stdout.write(`\n${runner}: ${line}\n`)
  const file = process.env.TEST_COUNTS_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify({ runner, ...counts, failures })}\n`)
}

/** First non-empty line of an error message, cut short: enough to know which assertion broke. */
export const firstLine = (message: string | undefined): string =>
  (message ?? '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 300) ?? ''
