import fs from 'node:fs'
import path from 'node:path'

import { tempDir } from '../support/temp-dir'
import { expect, test } from './fixtures'
import { nuCheckerProblem, runNuChecker } from './run-nu-checker'

/**
 * Valid HTML (issue #3): every page a visitor can reach from the sitemap, plus the localised 404 page, as the
 * production server serves it, through the W3C Nu HTML Checker. One JVM for all pages: each start costs seconds.
 */
test('every sitemap page and the 404 page are valid HTML (W3C Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(120_000)
  expect(nuCheckerProblem(), 'the HTML checker needs Java').toBeUndefined()

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

  const run = runNuChecker({ dir, labelOf: (file) => pathOfFile.get(file) })
  expect(run.errors, `Nu HTML Checker errors in ${pages.length} pages`).toEqual([])
  // No errors must also mean the checker ran: it exits 0 only then.
  expect(run.status, run.report).toBe(0)
  fs.rmSync(dir, { recursive: true, force: true })
})
