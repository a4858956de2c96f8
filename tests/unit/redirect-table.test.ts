import { describe, expect, it } from 'vitest'

import { isOffSiteUrl } from '../../config/is-off-site-url'
import { isSystemPath } from '../../config/system-paths'
import { buildRedirectTable, redirectLocation, type RedirectRecord } from '../../site/lib/redirect-table'

const custom = (from: string, url: string, type: '301' | '302' = '301'): RedirectRecord => ({ from, to: { type: 'custom', url }, type })
const tableOf = (redirects: RedirectRecord[]) => buildRedirectTable({ redirects, pagePaths: new Map() })

describe('system paths are never redirect sources', () => {
  it.each([
    '/nl/preferences',
    '/preferences',
    '/fr/newsletter/confirm',
    '/en/unsubscribe',
    '/nl/privacy',
    '/nl/privacy/3',
    '/en/cookies',
    '/consent',
    '/api/users',
    '/admin',
    '/_astro/x.js',
    '/_next/static/x',
    '/healthz',
    '/readyz',
    '/sitemap.xml',
    '/robots.txt',
    '/de/preferences',
    '/NL/Preferences/',
    '/nl/pr%65ferences',
    '/nl//preferences',
  ])('%s', (path) => {
    expect(isSystemPath({ path })).toBe(true)
  })

  it.each(['/nl/oude-pagina', '/nl/newsletter', '/nl/preferenties', '/nl/blog/privacy-tips', '/nl', '/'])('%s is an ordinary path', (path) => {
    expect(isSystemPath({ path })).toBe(false)
  })

  it('a stored redirect from a system path is left out of the table', () => {
    const table = tableOf([custom('/nl/preferences', 'https://evil.example/'), custom('/fr/newsletter/confirm', '/fr'), custom('/nl/oud', '/nl/nieuw')])
    expect([...table.keys()]).toEqual(['/nl/oud'])
  })
})

describe('the query string', () => {
  it('an internal target keeps it, unless the target has its own', () => {
    const table = tableOf([custom('/nl/oud', '/nl/nieuw'), custom('/nl/met', '/nl/nieuw?x=1')])
    expect(redirectLocation({ target: table.get('/nl/oud')!, search: '?mp_c=7' })).toBe('/nl/nieuw?mp_c=7')
    expect(redirectLocation({ target: table.get('/nl/met')!, search: '?mp_c=7' })).toBe('/nl/nieuw?x=1')
  })

  it('another site never receives it', () => {
    const table = tableOf([custom('/nl/actie', 'https://partner.example/actie', '302')])
    const target = table.get('/nl/actie')!
    expect(target).toEqual({ location: 'https://partner.example/actie', status: 302, offSite: true })
    expect(redirectLocation({ target, search: '?token=secret' })).toBe('https://partner.example/actie')
  })

  it('what counts as another site', () => {
    for (const url of ['https://x.example', 'http://x.example/a', '//x.example/a', '/\\x.example', 'mailto:a@b']) expect(isOffSiteUrl({ url })).toBe(true)
    for (const url of ['/nl/a', '/', '/nl?x=1']) expect(isOffSiteUrl({ url })).toBe(false)
  })
})
