/**
 * `npm run lighthouse`: Lighthouse (mobile) on the production server's Dutch home page, printing the four category
 * scores. Third-party hosts are blocked (nothing may leave the machine, and none should be contacted anyway).
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

const server = await startServerProcess({ env: { DATA_DIR: tempDir({ prefix: 'lh' }), SEED_DEMO: 'true', LOG_LEVEL: 'warn' } })
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const pages = (process.env.LIGHTHOUSE_PATHS ?? '/nl/').split(',')
  for (const path of pages) {
    await fetch(`${server.url}${path}`) // warm the render cache, as a visitor after the first would find it
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      blockedUrlPatterns: ['*://*.google-analytics.com/*', '*://*.googletagmanager.com/*', '*://*.hotjar.com/*', '*://*.facebook.net/*', '*://*.lfeeder.com/*'],
    })
    const categories = result?.lhr.categories ?? {}
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    process.stdout.write(
      `lighthouse mobile ${path}: performance ${score('performance')}, accessibility ${score('accessibility')}, best-practices ${score('best-practices')}, seo ${score('seo')}\n`,
    )
    for (const [id, audit] of Object.entries(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual') {
        process.stdout.write(`  - ${id}: ${audit.title} (${audit.displayValue ?? audit.score})\n`)
      }
    }
  }
} finally {
  chrome.kill()
  await server.stop('SIGTERM')
}
