import fs from 'node:fs'

export type Counts = { passed: number; failed: number; skipped: number }

/**
 * Prints the plain closing line CI reads ("N passed, N failed, N skipped") and, when the test orchestrator asks for
 * it, records the counts so it can print one total for the whole `npm test`.
 */
export const recordCounts = ({ runner, counts }: { runner: string; counts: Counts }): void => {
  const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
  process.stdout.write(`\n${runner}: ${line}\n`)
  const file = process.env.TEST_COUNTS_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify({ runner, ...counts })}\n`)
}
