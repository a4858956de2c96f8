import type { Page } from '@playwright/test'

/**
 * The fixture's watch (fixtures.ts) on a second page of the test, e.g. a visitor's own browser context beside the
 * signed-in marketer's: console errors, uncaught errors and requests leaving the site's origin (aborted) go to the
 * same `problems` list, so they fail the test too.
 */
export const watchProblems = async ({ page, origin, problems }: { page: Page; origin: string; problems: string[] }): Promise<void> => {
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
}

/**
 * Takes out of `problems` the lines a test provoked on purpose (a refused publish, a refused form post: the browser
 * logs every 4xx answer) and returns them, for the test to count; any other problem still fails the test.
 */
export const takeProblems = ({ problems, pattern }: { problems: string[]; pattern: RegExp }): string[] => {
  const taken = problems.filter((p) => pattern.test(p))
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)))
  return taken
}

/**
 * Counts a page's requests from now on; `settled()` resolves once none has been running for `quietMs`. The admin
 * sends a field's change to the server a moment after typing (its form state); an answer arriving after a save's
 * answer would replace the errors the save put on the fields, so a person's pause is waited for before saving.
 */
export const trackRequests = (page: Page) => {
  let inFlight = 0
  let lastChange = Date.now()
  const started = () => {
    inFlight++
    lastChange = Date.now()
  }
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1)
    lastChange = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  return {
    settled: async ({ quietMs = 1_000, timeoutMs = 20_000 }: { quietMs?: number; timeoutMs?: number } = {}) => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) await new Promise((r) => setTimeout(r, 100))
    },
    stop: () => {
      page.off('request', started)
      page.off('requestfinished', ended)
      page.off('requestfailed', ended)
    },
  }
}
