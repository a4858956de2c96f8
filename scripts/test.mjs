// `npm test`: type checks, lint, the production build, unit + integration tests (vitest) and end-to-end tests
// (Playwright + Chromium). Every step runs even when an earlier one failed (except tests that need the build), and
// the last line is the plain total CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const countsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'myplugin-test-')), 'counts.jsonl')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, TEST_COUNTS_FILE: countsFile, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }

const failedSteps = []
const step = (label, cmd, args) => {
  const started = Date.now()
  process.stdout.write(`\n▶ ${label}\n`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env })
  const ok = result.status === 0
  process.stdout.write(`${ok ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  if (!ok) failedSteps.push(label)
  return ok
}

const chromium = step('chromium', bin('node'), ['scripts/ensure-chromium.mjs'])
// No skip when Java is missing: the HTML validity test then fails and says how to install it.
step('java (W3C Nu HTML Checker)', bin('node'), ['scripts/ensure-java.mjs'])
// astro check first: it generates the astro:* module types that tsc needs for site/.
step('type check (site)', bin('astro'), ['check', '--minimumFailingSeverity', 'warning'])
step('type check (cms, server, tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
step('lint', bin('eslint'), ['--max-warnings', '0', '.'])
const built = step('production build', bin('node'), ['scripts/build.mjs', '--if-missing'])
if (built) step('unit + integration tests (vitest)', bin('vitest'), ['run'])
if (built && chromium) step('end-to-end tests (Playwright + Chromium)', bin('playwright'), ['test'])

const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []
if (fs.existsSync(countsFile)) {
  for (const line of fs.readFileSync(countsFile, 'utf8').split('\n').filter(Boolean)) {
    const c = JSON.parse(line)
    totals.passed += c.passed
    totals.failed += c.failed
    totals.skipped += c.skipped
    for (const f of c.failures ?? []) failures.push(`[${c.runner}] ${f.name}${f.error ? `\n    ${f.error}` : ''}`)
  }
}
// A failed check (types, lint, build) or a runner that crashed without counting is a failure too.
const runnerCounted = (name) => fs.existsSync(countsFile) && fs.readFileSync(countsFile, 'utf8').includes(`"runner":"${name}"`)
const uncounted = failedSteps.filter(
  (s) => !(s.startsWith('unit') && runnerCounted('vitest')) && !(s.startsWith('end-to-end') && runnerCounted('playwright')),
)
totals.failed += uncounted.length
if (failedSteps.length) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`)
// CI shows only the end of the output: name the failed tests here, beside the closing line.
if (failures.length) process.stdout.write(`\nFailed tests:\n${failures.map((f) => `  ${f}`).join('\n')}\n`)
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`)
process.exit(failedSteps.length || totals.failed ? 1 : 0)
