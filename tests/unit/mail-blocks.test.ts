import { describe, expect, it } from 'vitest'

import { defaultOrganisation } from '../../emails/organisation-details'
import { renderLayout } from '../../emails/render-layout'
import type { MailBlock } from '../../emails/mail-block'

const render = ({ blocks, locale = 'nl' }: { blocks: MailBlock[]; locale?: 'nl' | 'fr' | 'en' }) =>
  renderLayout({ locale, category: 'transactional', subject: 'S', preheader: 'P', blocks, organisation: defaultOrganisation, slot: (name) => `[${name}]` })

describe('the details block', () => {
  it('renders label/value rows as a table in HTML and "label: value" lines in text, escaped', () => {
    const { html, text } = render({ blocks: [{ kind: 'details', rows: [{ label: 'Webinar', value: 'A <b>&</b> B' }, { label: 'Wanneer', value: 'donderdag' }] }] })
    expect(html).toContain('<table role="presentation"')
    expect(html).toContain('>Webinar</td><td')
    expect(html).toContain('A &lt;b&gt;&amp;&lt;/b&gt; B')
    expect(html).not.toContain('<b>')
    expect(text).toContain('Webinar: A <b>&</b> B\nWanneer: donderdag')
  })

  it('puts a space before the colon in French text', () => {
    expect(render({ locale: 'fr', blocks: [{ kind: 'details', rows: [{ label: 'Quand', value: 'jeudi' }] }] }).text).toContain('Quand : jeudi')
  })
})

describe('the links block', () => {
  it('renders quiet text links (not buttons) in HTML, and label + URL lines in text', () => {
    const items = [
      { label: 'Google Agenda', url: 'https://calendar.test/?a=1&b="2"' },
      { label: 'Outlook', url: 'https://outlook.test/' },
    ]
    const { html, text } = render({ blocks: [{ kind: 'links', items }] })
    expect(html).toContain('<a href="https://calendar.test/?a=1&amp;b=&quot;2&quot;"')
    expect(html).toContain('>Google Agenda</a> · <a href="https://outlook.test/"')
    expect(text).toContain('Google Agenda\nhttps://calendar.test/?a=1&b="2"\n\nOutlook\nhttps://outlook.test/')
  })
})
