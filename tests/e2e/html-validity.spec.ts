import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../support/root-dir'
import { tempDir } from '../support/temp-dir'
import { expect, test } from './fixtures'

/**
 * Valid HTML (issue #3): every page a visitor can reach from the sitemap, plus the localised 404 page, as the
 * production server serves it, through the W3C Nu HTML Checker. One JVM for all pages: each start costs seconds.
 */
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

const javaProblem = (): string | undefined => {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    return `Java is needed for the W3C Nu HTML Checker but "java -version" failed (${probe.error?.message ?? probe.stderr.trim()}): install it with "sudo apt-get install -y default-jre-headless" (npm test does this itself when run as root).`
  }
  if (!fs.existsSync(vnuJar)) return `The Nu HTML Checker is missing at ${vnuJar}: run npm ci.`
  return undefined
}

test('every sitemap page and the 404 page are valid HTML (W3C Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(120_000)
  expect(javaProblem(), 'the HTML checker needs Java').toBeUndefined()

  const sitemap = await (await request.get('/sitemap.xml')).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname)
  expect(paths.length).toBeGreaterThanOrEqual(18)

  const dir = tempDir({ prefix: 'vnu' })
  const pathOfFile = new Map<string, string>()
  const pages = [...paths.map((p) => ({ path: p, status: 200 })), ...['nl', 'fr', 'en'].map((l) => ({ path: `/${l}/bestaat-niet-${l}`, status: 404 }))]
  for (const [i, page] of pages.entries()) {
    const res = await request.get(page.path)
    expect(res.status(), page.path).toBe(page.status)
    const file = path.join(dir, `${String(i).padStart(3, '0')}.html`)
    fs.writeFileSync(file, await res.body())
    pathOfFile.set(file, page.path)
  }

  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(run.error, 'java -jar vnu.jar could not start').toBeUndefined()
  const report = vnuReport.parse(JSON.parse(run.stderr || '{"messages":[]}'))
  const errors = report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : ''
      return `${pathOfFile.get(file) ?? file}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}: ${m.message}${m.extract ? ` — ${m.extract.trim()}` : ''}`
    })
  expect(errors, `Nu HTML Checker errors in ${pages.length} pages`).toEqual([])
  // No errors must also mean the checker ran: it exits 0 only then.
  expect(run.status, run.stderr.slice(0, 2000)).toBe(0)
  fs.rmSync(dir, { recursive: true, force: true })
})
