import { gzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { thirdPartyHosts } from '../../config/processors/third-party-hosts'
import { intercept } from './consent-harness'

type Violation = { blockedURI: string; violatedDirective: string }
type ViolationWindow = Window & { __violations: Violation[] }

test('the CSP blocks a script from an undeclared host and allows a registry host', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL })
  const rec = await intercept({ context, baseURL: baseURL ?? '' })
  await context.addInitScript(() => {
    const w = window as unknown as ViolationWindow
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ blockedURI: e.blockedURI, violatedDirective: e.violatedDirective }))
  })
  const page = await context.newPage()
  const response = await page.goto('/nl/')
  const csp = response?.headers()['content-security-policy'] ?? ''
  // The policy's third-party script hosts are exactly the registry's.
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? ''
  expect(scriptSrc.split(/\s+/).filter((s) => s.startsWith('https://')).sort()).toEqual(thirdPartyHosts().scripts)
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'strict-dynamic'")

  const inject = (src: string) =>
    page.evaluate(
      (s) =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script')
          script.src = s
          script.onload = () => resolve('load')
          script.onerror = () => resolve('error')
          document.head.appendChild(script)
          setTimeout(() => resolve('timeout'), 3000)
        }),
      src,
    )

  expect(await inject('https://evil.example/x.js')).toBe('error')
  await expect.poll(() => page.evaluate(() => (window as unknown as ViolationWindow).__violations)).toEqual([expect.objectContaining({ blockedURI: 'https://evil.example/x.js', violatedDirective: 'script-src-elem' })])
  expect(rec.thirdParty.filter((u) => u.includes('evil.example')), 'no request to the undeclared host').toEqual([])

  expect(await inject('https://www.googletagmanager.com/gtag/js?id=G-CSPTEST1')).toBe('load')
  expect(rec.thirdParty).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-CSPTEST1'])
  expect(await page.evaluate(() => (window as unknown as ViolationWindow).__violations.length), 'no violation for a registry host').toBe(1)
  await context.close()
})

test('the JavaScript a visitor receives before consenting is at most 20 KB gzipped', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL })
  const rec = await intercept({ context, baseURL: baseURL ?? '' })
  const page = await context.newPage()
  const origin = new URL(baseURL ?? '').origin
  const scripts: Promise<{ url: string; raw: number; gzip: number; served: string }>[] = []
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script' || !res.url().startsWith(origin)) return
    scripts.push(
      (async () => {
        const body = await res.body()
        const encoding = (await res.allHeaders())['content-encoding'] ?? 'identity'
        const sizes = await res.request().sizes()
        // Served gzipped: the bytes on the wire; otherwise compress it ourselves.
        const gzip = encoding === 'gzip' ? sizes.responseBodySize : gzipSync(body, { level: 9 }).length
        return { url: res.url().slice(origin.length), raw: body.length, gzip, served: encoding }
      })(),
    )
  })
  await page.goto('/nl/')
  await page.waitForLoadState('networkidle')
  const inline = await page.locator('script:not([src])').evaluateAll((els) =>
    els.filter((s) => !['application/json', 'application/ld+json'].includes((s as HTMLScriptElement).type)).map((s) => s.textContent ?? ''),
  )
  const files = await Promise.all(scripts)
  const inlineGzip = inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0)
  const total = files.reduce((sum, f) => sum + f.gzip, 0) + inlineGzip
  for (const f of files) console.log(`before-consent JS: ${f.url} raw ${f.raw} B, gzip ${f.gzip} B (served ${f.served})`)
  console.log(`before-consent JS: ${inline.length} inline script(s), gzip ${inlineGzip} B`)
  console.log(`before-consent JS total: ${total} B gzipped (${(total / 1024).toFixed(1)} KB) in ${files.length} file(s)`)
  expect(files.length).toBeGreaterThan(0)
  expect(rec.thirdParty).toEqual([])
  expect(total).toBeLessThanOrEqual(20 * 1024)
  await context.close()
})
