import { test as base, expect } from '@playwright/test'

type Fixtures = {
  /** Console errors, uncaught page errors and requests to other hosts seen during the test. */
  problems: string[]
}

/**
 * Every page test fails on a console error, an uncaught exception or a request leaving the site's own origin
 * (such requests are aborted: nothing leaves the machine).
 */
export const test = base.extend<Fixtures>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = []
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`)
    })
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
    await page.context().route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
      problems.push(`third-party request: ${url}`)
      return route.abort()
    })
    await use(problems)
    expect(problems).toEqual([])
  },
})

export { expect }
