import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../support/root-dir'

const vnuJar = path.join(rootDir, 'node_modules/vnu-jar/build/dist/vnu.jar')

// vnu's --format json report (on stderr); anything not shaped like this is a broken checker run, not a pass.
const vnuReport = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      lastColumn: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
})

/** Why the checker cannot run here (no Java, no jar), or undefined when it can. */
export const nuCheckerProblem = (): string | undefined => {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    return `Java is needed for the W3C Nu HTML Checker but "java -version" failed (${probe.error?.message ?? probe.stderr.trim()}): install it with "sudo apt-get install -y default-jre-headless" (npm test does this itself when run as root).`
  }
  if (!fs.existsSync(vnuJar)) return `The Nu HTML Checker is missing at ${vnuJar}: run npm ci.`
  return undefined
}

export type NuCheckerRun = {
  /** One line per error or warning: the file's label, line, column, message and extract. */
  errors: string[]
  /** vnu's exit status: 0 only when it ran and found no errors. */
  status: number | null
  /** The raw report, for a failure message. */
  report: string
}

/**
 * The W3C Nu HTML Checker on every file of a folder, in one JVM (each start costs seconds). `labelOf` names a file
 * in the messages (its page path, its template and language).
 */
export const runNuChecker = ({ dir, labelOf }: { dir: string; labelOf: (file: string) => string | undefined }): NuCheckerRun => {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.error) throw new Error(`java -jar vnu.jar could not start: ${run.error.message}`)
  const report = vnuReport.parse(JSON.parse(run.stderr || '{"messages":[]}'))
  const errors = report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : ''
      return `${labelOf(file) ?? file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`
    })
  return { errors, status: run.status, report: run.stderr.slice(0, 2000) }
}
