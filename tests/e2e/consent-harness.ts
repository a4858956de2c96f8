import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'

import { processorRegistry } from '../../config/processors/processor-registry'
import type { ConsentCategory, Processor } from '../../config/processors/processor-types'
import { showBannerToAutomation } from './show-banner-to-automation'
import { footprintOrigins, vendorStandIn } from './vendor-stand-in'

/**
 * The consent conformance harness: every request leaving the site's own origin is intercepted. Requests to a vendor's
 * host (tests/e2e/vendor-footprints.ts, written from the vendors' documentation, not from the registry) are answered
 * locally by a stand-in that stores and requests what the vendor does; any other host is aborted. Both are recorded:
 * nothing leaves the machine. Every cookie and storage write in the page is recorded too, so an item a vendor sets and
 * removes at once is still seen.
 */

/** Test account ids, valid for the CMS's validation rules. */
export const trackingIds = { gaMeasurementId: 'G-CONFORM123', hotjarSiteId: '1234567', facebookPixelId: '123456789012345', leadfeederId: 'lfConform42' }

export const browserProcessors = processorRegistry.filter((p) => p.side === 'browser' && p.category !== 'necessary')
const originOf = (url: string) => new URL(url).origin

export const allHosts = (p: Processor): string[] => [...p.hosts.scripts, ...p.hosts.connect, ...p.hosts.images, ...p.hosts.frames].map((h) => h.replace(/^wss:/, 'https:'))
export const declaredOrigins = (categories: ConsentCategory[]): Set<string> =>
  new Set(processorRegistry.filter((p) => p.side === 'browser' && categories.includes(p.category)).flatMap(allHosts))

type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage'

/** Whether a cookie (or storage key) is declared by a processor of one of these categories (exact name or declared prefix). */
export const declaredCookie = (name: string, categories: ConsentCategory[], kind: StorageKind = 'cookie'): Processor | undefined =>
  processorRegistry.find(
    (p) => categories.includes(p.category) && p.cookies.some((c) => (c.kind ?? 'cookie') === kind && (c.prefix ? name.startsWith(c.name) : name === c.name)),
  )

export type Recorder = {
  /** Every URL outside the site's origin the browser asked for, stubbed or aborted. */
  thirdParty: string[]
  /** POSTs to /consent and their statuses. */
  consentPosts: { status: number; request?: string; response?: string }[]
  problems: string[]
  reset: () => void
  hosts: () => Set<string>
}

export const intercept = async ({ context, baseURL }: { context: BrowserContext; baseURL: string }): Promise<Recorder> => {
  const origin = originOf(baseURL)
  const vendors = footprintOrigins()
  const rec: Recorder = {
    thirdParty: [],
    consentPosts: [],
    problems: [],
    reset: () => {
      rec.thirdParty.length = 0
      rec.consentPosts.length = 0
      rec.problems.length = 0
    },
    hosts: () => new Set(rec.thirdParty.map(originOf)),
  }
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    rec.thirdParty.push(url)
    const parsed = new URL(url)
    return vendors.has(parsed.origin) ? route.fulfill(vendorStandIn({ url: parsed, resourceType: route.request().resourceType(), accountIds: trackingIds })) : route.abort()
  })
  context.on('response', (res) => {
    const req = res.request()
    if (req.method() === 'POST' && req.url() === `${origin}/consent`) {
      const entry: { status: number; request?: string; response?: string } = { status: res.status(), request: req.postData() ?? undefined }
      rec.consentPosts.push(entry)
      if (res.status() !== 204) void res.text().then((t) => (entry.response = t), () => undefined)
    }
  })
  context.on('page', (page) => watchPage(page, rec))
  await showBannerToAutomation({ context })
  // Record every cookie and storage write, whoever makes it (the site, a vendor), before any script runs.
  await context.addInitScript(() => {
    const w = window as unknown as { __writes: { kind: string; name: string }[] }
    w.__writes = []
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
    if (cookie?.get && cookie.set) {
      const { get, set } = cookie
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get(this: Document) {
          return get.call(this) as string
        },
        set(this: Document, value: string) {
          w.__writes.push({ kind: 'cookie', name: String(value).split('=')[0].trim() })
          set.call(this, value)
        },
      })
    }
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      w.__writes.push({ kind: this === window.localStorage ? 'localStorage' : 'sessionStorage', name: key })
      return setItem.call(this, key, value)
    }
  })
  // Record, at the moment a Google tag is added to the page, what the dataLayer held.
  await context.addInitScript(() => {
    const original = Node.prototype.appendChild
    Node.prototype.appendChild = function <T extends Node>(this: Node, child: T): T {
      if (child instanceof HTMLScriptElement && child.src.startsWith('https://www.googletagmanager.com/')) {
        const w = window as unknown as { dataLayer?: ArrayLike<unknown>[]; __gaAppend?: unknown[][] }
        w.__gaAppend = (w.dataLayer ?? []).map((entry) => JSON.parse(JSON.stringify(Array.from(entry))) as unknown[])
      }
      return original.call(this, child) as T
    }
  })
  return rec
}

const watchPage = (page: Page, rec: Recorder) => {
  page.on('pageerror', (err) => rec.problems.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/net::ERR_FAILED|ERR_BLOCKED/.test(msg.text())) rec.problems.push(`console: ${msg.text()}`)
  })
}

/** Every page URL in the sitemap (following a sitemap index), rebased on the test server's origin. */
export const sitemapUrls = async ({ request, baseURL }: { request: APIRequestContext; baseURL: string }): Promise<string[]> => {
  const out: string[] = []
  const visit = async (url: string) => {
    const res = await request.get(url)
    if (!res.ok()) throw new Error(`${url} → ${res.status()}`)
    const locs = [...(await res.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'))
    for (const loc of locs) {
      const u = new URL(loc)
      const local = `${baseURL}${u.pathname}${u.search}`
      if (u.pathname.endsWith('.xml')) await visit(local)
      else out.push(local)
    }
  }
  await visit(`${baseURL}/sitemap.xml`)
  return [...new Set(out)]
}

/** Cookies in the browser that no processor of the allowed categories declares. */
export const undeclaredCookies = async (context: BrowserContext, allowed: ConsentCategory[]): Promise<string[]> =>
  (await context.cookies()).map((c) => c.name).filter((name) => !declaredCookie(name, allowed))

/** Cookie and storage writes the page made (since it loaded) that no processor of the allowed categories declares. */
export const undeclaredWrites = async (page: Page, allowed: ConsentCategory[]): Promise<string[]> => {
  const writes = await page.evaluate(() => (window as unknown as { __writes?: { kind: string; name: string }[] }).__writes ?? [])
  const undeclared = writes.filter((w) => !declaredCookie(w.name, ['necessary', ...allowed], w.kind as StorageKind)).map((w) => `${w.kind} ${w.name}`)
  return [...new Set(undeclared)]
}

/** The keys in the page's localStorage and sessionStorage, as `kind name`. */
export const storageKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (['localStorage', 'sessionStorage'] as const).flatMap((kind) => Object.keys(window[kind]).map((key) => `${kind} ${key}`)).sort(),
  )

export const cookieNames = async (context: BrowserContext): Promise<string[]> => (await context.cookies()).map((c) => c.name).sort()
