import type { BrowserContext } from '@playwright/test'

/**
 * vanilla-cookieconsent hides its banner from automation (`hideFromBots`: navigator.webdriver, which Playwright's
 * Chromium sets). A visitor's browser has no such flag: pages in this context see what a visitor sees. Test-only by
 * nature: it runs inside the test browser, the product's code and configuration are untouched.
 */
export const showBannerToAutomation = async ({ context }: { context: BrowserContext }): Promise<void> => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }))
}
