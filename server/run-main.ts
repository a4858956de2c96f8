import { EnvError } from '../config/env-error'

/** Runs a process entry: a configuration problem prints its one-line fixes and exits 1, without a stack trace. */
export const runMain = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    if (error instanceof EnvError) {
      for (const problem of error.problems) process.stderr.write(`✖ ${problem}\n`)
    } else {
      process.stderr.write(`✖ start-up failed: ${error instanceof Error ? error.message : String(error)}\n`)
    }
    process.exit(1)
  })
}
