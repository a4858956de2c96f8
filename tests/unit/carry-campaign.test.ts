import { describe, expect, it } from 'vitest'

import { carryCampaign } from '../../site/scripts/carry-campaign'

type FakeLink = { href: string; getAttribute: (n: string) => string; setAttribute: (n: string, v: string) => void }
const page = (search: string, hrefs: string[], fieldValue = '') => {
  const links: FakeLink[] = hrefs.map((href) => {
    const link: FakeLink = { href, getAttribute: () => link.href, setAttribute: (_n, v) => (link.href = v) }
    return link
  })
  const field = { value: fieldValue }
  const document = { querySelectorAll: (selector: string) => (selector.startsWith('a') ? links : [field]) } as unknown as Document
  const location = new URL(`https://www.myplugin.app/nl/prijzen${search}`) as unknown as Location
  return { links, field, document, location }
}

describe('campaign carry-over (no cookies, no storage)', () => {
  it('adds mp_c to internal links and the sign-up field, leaving other hosts, the admin and the API alone', () => {
    const p = page('?mp_c=42', ['/nl/over-ons', 'https://www.myplugin.app/nl/contact?x=1#top', 'https://elsewhere.example/', '/api/mail/unsubscribe', '/admin', '/nl/a?mp_c=7'])
    carryCampaign({ location: p.location, document: p.document })
    expect(p.links.map((l) => l.href)).toEqual(['/nl/over-ons?mp_c=42', '/nl/contact?x=1&mp_c=42#top', 'https://elsewhere.example/', '/api/mail/unsubscribe', '/admin', '/nl/a?mp_c=7'])
    expect(p.field.value).toBe('42')
  })

  it('does nothing without a (valid) parameter', () => {
    for (const search of ['', '?mp_c=', '?mp_c=%3Cscript%3E']) {
      const p = page(search, ['/nl/over-ons'])
      carryCampaign({ location: p.location, document: p.document })
      expect(p.links[0]?.href).toBe('/nl/over-ons')
      expect(p.field.value).toBe('')
    }
  })
})
