import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'

import { processorRegistry } from '../../config/processors/processor-registry'
import type { ConsentCategory, Processor } from '../../config/processors/processor-types'

/**
 * The consent conformance harness: every request leaving the site's own origin is intercepted. Requests to a host the
 * registry declares are answered locally by a stub that behaves like the vendor for what the tests check (it sets the
 * vendor's cookies); any other host is aborted. Both are recorded: nothing leaves the machine.
 */

/** Test account ids, valid for the CMS's validation rules. */
export const trackingIds = { gaMeasurementId: 'G-CONFORM123', hotjarSiteId: '1234567', facebookPixelId: '123456789012345', leadfeederId: 'lfConform42' }

export const browserProcessors = processorRegistry.filter((p) => p.side === 'browser' && p.category !== 'necessary')
const originOf = (url: string) => new URL(url).origin

export const allHosts = (p: Processor): string[] => [...p.hosts.scripts, ...p.hosts.connect, ...p.hosts.images, ...p.hosts.frames].map((h) => h.replace(/^wss:/, 'https:'))
export const declaredOrigins = (categories: ConsentCategory[]): Set<string> =>
  new Set(processorRegistry.filter((p) => p.side === 'browser' && categories.includes(p.category)).flatMap(allHosts))

/** Whether a cookie name is declared by a processor of one of these categories (exact name or declared prefix). */
export const declaredCookie = (name: string, categories: ConsentCategory[]): Processor | undefined =>
  processorRegistry.find((p) => categories.includes(p.category) && p.cookies.some((c) => (c.prefix ? name.startsWith(c.name) : name === c.name)))

const js = (body: string) => ({ status: 200, contentType: 'application/javascript', body })
const setCookie = (name: string, value: string, days: number) => `document.cookie=${JSON.stringify(`${name}=${value}; path=/; max-age=${days * 86400}; SameSite=Lax`)};`
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A vendor stand-in for one URL on a registry host. */
const stubFor = (url: URL) => {
  if (url.origin === 'https://www.googletagmanager.com' && url.pathname === '/gtag/js') {
    const id = (url.searchParams.get('id') ?? 'G-UNKNOWN').replace(/^G-/, '')
    return js(`${setCookie('_ga', 'GA1.1.1.1', 730)}${setCookie(`_ga_${id}`, 'GS1.1.1.1', 730)}window.__stub_ga=true;`)
  }
  const hotjar = /^\/c\/hotjar-(\d+)\.js$/.exec(url.pathname)
  if (url.origin === 'https://static.hotjar.com' && hotjar) return js(`${setCookie(`_hjSessionUser_${hotjar[1]}`, 'x', 365)}${setCookie(`_hjSession_${hotjar[1]}`, 'y', 1)}window.__stub_hj=true;`)
  if (url.origin === 'https://connect.facebook.net') return js(`${setCookie('_fbp', 'fb.1.1.1', 90)}window.__stub_fb=true;`)
  if (url.origin === 'https://sc.lfeeder.com') return js(`${setCookie('_lfa', 'LF1.1.1', 730)}window.__stub_lf=true;`)
  if (/\.js(\?|$)/.test(url.pathname)) return js('/* stub */')
  return { status: 200, contentType: 'image/gif', body: gif }
}

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
  const registry = declaredOrigins(['analytics', 'marketing', 'necessary'])
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
    return registry.has(parsed.origin) ? route.fulfill(stubFor(parsed)) : route.abort()
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
  // vanilla-cookieconsent hides the banner from automation (hideFromBots: navigator.webdriver); a visitor has no flag.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }))
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

export const cookieNames = async (context: BrowserContext): Promise<string[]> => (await context.cookies()).map((c) => c.name).sort()
