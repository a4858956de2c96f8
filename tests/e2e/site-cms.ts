import type { APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { withIds } from '../../cms/seed/with-ids'
import { e2eAdmin } from '../../playwright.config'

/**
 * Content for the site's e2e tests, written through Payload's REST API as the seeded admin — the way the admin UI
 * writes it. Requests carry `Authorization: JWT …`: Payload ignores the cookie of a request without Origin or
 * Sec-Fetch-Site (its CSRF rule), and Playwright's API client sends neither.
 */
export type Locale = 'nl' | 'fr' | 'en'
export const locales: Locale[] = ['nl', 'fr', 'en']

type Doc = { id: number; [key: string]: unknown }

export const signIn = async ({ request }: { request: APIRequestContext }): Promise<string> => {
  const res = await request.post('/api/users/login', { data: e2eAdmin })
  if (!res.ok()) throw new Error(`admin login failed: ${res.status()} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

export const createCms = ({ request, token }: { request: APIRequestContext; token: string }) => {
  const headers = { Authorization: `JWT ${token}` }
  const send = async (method: 'post' | 'patch' | 'delete', url: string, data?: unknown): Promise<Doc> => {
    const res = await request[method](url, { headers, data })
    if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url} → ${res.status()}: ${await res.text()}`)
    const body = (await res.json()) as { doc?: Doc; result?: Doc } & Doc
    return body.doc ?? body.result ?? body
  }
  return {
    /** Creates a document in Dutch (the default locale). */
    create: (collection: string, data: Record<string, unknown>, { draft = false }: { draft?: boolean } = {}) =>
      send('post', `/api/${collection}?locale=nl&depth=0${draft ? '&draft=true' : ''}`, data),
    update: (collection: string, id: number, data: Record<string, unknown>, { locale = 'nl', draft = false }: { locale?: Locale; draft?: boolean } = {}) =>
      send('patch', `/api/${collection}/${id}?locale=${locale}&depth=0${draft ? '&draft=true' : ''}`, data),
    remove: (collection: string, id: number) => send('delete', `/api/${collection}/${id}`),
    find: async (collection: string, id: number, { locale = 'nl' }: { locale?: Locale } = {}) => {
      const res = await request.get(`/api/${collection}/${id}?locale=${locale}&depth=0&draft=true`, { headers })
      return (await res.json()) as Doc
    },
    updateGlobal: (slug: string, data: Record<string, unknown>, { locale = 'nl' }: { locale?: Locale } = {}) =>
      send('post', `/api/globals/${slug}?locale=${locale}&depth=0`, data),
    readGlobal: async (slug: string, { locale = 'nl' }: { locale?: Locale } = {}) => {
      const res = await request.get(`/api/globals/${slug}?locale=${locale}&depth=0`, { headers })
      return (await res.json()) as Doc
    },
    upload: async ({ name, mimeType, buffer, alt }: { name: string; mimeType: string; buffer: Buffer; alt: string }) => {
      const res = await request.post('/api/media?locale=nl&depth=0', {
        headers,
        multipart: { file: { name, mimeType, buffer }, _payload: JSON.stringify({ alt }) },
      })
      if (!res.ok()) throw new Error(`upload ${name} → ${res.status()}: ${await res.text()}`)
      return ((await res.json()) as { doc: Doc }).doc
    },
  }
}
export type Cms = ReturnType<typeof createCms>

/** A unique suffix per test run: the e2e server's database lives for the whole run. */
export const unique = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** A real 1800×1000 PNG, big enough for every generated size (thumbnail 400, card 800, wide 1600). */
export const testImage = (): Promise<Buffer> =>
  sharp({ create: { width: 1800, height: 1000, channels: 3, background: { r: 11, g: 92, b: 89 } } })
    .png()
    .toBuffer()

/** The smallest buffer Payload's type sniffing accepts as video/webm (an EBML header with DocType "webm"). */
export const testVideo = (): Buffer => Buffer.from('1a45dfa3874282847765626d1853806780', 'hex')

/** Translations reuse the Dutch version's row ids: the seed's own helper. */
export { withIds }

/** Creates a published page in all three locales: `content(locale)` gives the fields of each. */
export const createLocalisedPage = async ({
  cms,
  content,
  status = 'published',
}: {
  cms: Cms
  content: (locale: Locale) => Record<string, unknown>
  status?: 'published' | 'draft'
}): Promise<Doc> => {
  const draft = status === 'draft'
  const created = await cms.create('pages', { ...content('nl'), _status: status }, { draft })
  const stored = await cms.find('pages', created.id)
  for (const locale of ['fr', 'en'] as const) {
    const translated = content(locale)
    await cms.update('pages', created.id, { ...translated, layout: withIds(stored.layout, translated.layout), _status: status }, { locale, draft })
  }
  return created
}

/** Lexical editor state from a few paragraphs of text nodes (and optional extra nodes). */
export const lexical = (children: Record<string, unknown>[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
export const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
export const paragraph = (...children: Record<string, unknown>[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
})

/**
 * The scripts a page would execute (JSON data blocks excluded), by src or by the start of their inline code. Blocks
 * must add none: a page full of blocks runs exactly the scripts of a page without any (the site-wide ones, such as
 * the consent gate).
 */
export const executableScripts = (page: import('@playwright/test').Page): Promise<string[]> =>
  page
    .locator('script')
    .evaluateAll((scripts) =>
      scripts
        .filter((s) => !['application/ld+json', 'application/json'].includes((s as HTMLScriptElement).type))
        .map((s) => (s as HTMLScriptElement).src || `inline:${(s.textContent ?? '').slice(0, 60)}`),
    )

/** Elements with an inline style attribute in the HTML as served (the CSP would block them). */
export const inlineStyleAttributes = (html: string): string[] => html.match(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi) ?? []
