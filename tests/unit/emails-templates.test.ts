import { describe, expect, it } from 'vitest'

import { compileMail } from '../../emails/compile-mail'
import { findCopyProblems } from '../../emails/find-copy-problems'
import { locales } from '../../config/locales'
import { MailRenderError } from '../../emails/mail-render-error'
import { renderMail } from '../../emails/render-mail'
import { renderPolicyNotice } from '../../emails/render-policy-notice'
import { renderTestMail } from '../../emails/render-test-mail'
import { getMailTemplate, mailTemplateIds, mailTemplates } from '../../emails/template-registry'

const unsubscribeUrl = 'https://www.myplugin.app/api/mail/unsubscribe?token=u1.abc.def'

describe('every template, in every language', () => {
  for (const id of mailTemplateIds) {
    for (const locale of locales) {
      // Whether the HTML is valid is the W3C Nu checker's job: tests/e2e/mail-html-validity.spec.ts.
      it(`${id} (${locale}) renders complete HTML and readable text`, () => {
        const template = getMailTemplate(id)
        const mail = renderMail({ template: id, locale, props: template.sample({ locale }) as never, recipient: { name: 'Zoë', unsubscribeUrl } })
        expect(mail.html).toContain(`<html lang="${locale}"`)
        expect(mail.html).toContain('<meta charset="utf-8">')
        expect(mail.subject.length).toBeGreaterThan(5)
        for (const part of [mail.subject, mail.html, mail.text]) {
          // No unreplaced {placeholders}, slot markers or leaked values.
          expect(part).not.toMatch(/\{\w+\}|undefined|\[object Object\]|NaN/)
          expect(part).not.toContain('\u0000')
        }
        // Text: no markup, starts with content, ends with the sender's details.
        expect(mail.text).not.toMatch(/<\/?[a-z][^>]*>/i)
        expect(mail.text).toContain('Dopheide 25, 3970 Leopoldsburg')
        expect(mail.text.split('\n').every((line) => line.length <= 400)).toBe(true)
        if (template.category === 'marketing') {
          expect(mail.html).toContain(`href="${unsubscribeUrl}"`)
          expect(mail.text).toContain(unsubscribeUrl)
        } else {
          expect(mail.html).not.toContain('unsubscribe')
        }
      })
    }
  }

  it('are complete: every language, every string, the same placeholders', () => {
    for (const id of mailTemplateIds) {
      expect(mailTemplates[id].id).toBe(id)
      expect(findCopyProblems({ id, copy: getMailTemplate(id).copy })).toEqual([])
    }
  })

  it('speak the reader’s language', () => {
    const subjects = locales.map((locale) => renderMail({ template: 'welcome', locale, props: { siteUrl: 'https://x.test/' }, recipient: { unsubscribeUrl } }).subject)
    expect(new Set(subjects).size).toBe(3)
    expect(renderMail({ template: 'welcome', locale: 'fr', props: { siteUrl: 'https://x.test/' }, recipient: { name: 'Benoît', unsubscribeUrl } }).text).toMatch(/^Bonjour Benoît,/)
  })
})

describe('bad input is refused before anything is sent', () => {
  it('a missing translation, naming the template and the language', () => {
    const copy = { ...getMailTemplate('welcome').copy, fr: { ...getMailTemplate('welcome').copy.fr, intro: '' } }
    expect(findCopyProblems({ id: 'welcome', copy })).toEqual(['welcome: fr.intro is missing'])
    const noEnglish = { nl: copy.nl, fr: copy.fr }
    expect(findCopyProblems({ id: 'welcome', copy: noEnglish })).toContain('welcome: no en translation')
    const wrongPlaceholder = { ...copy, fr: { ...getMailTemplate('newsletter-opt-in').copy.fr, validity: 'Valable {jours} jours.' } }
    expect(findCopyProblems({ id: 'newsletter-opt-in', copy: { ...getMailTemplate('newsletter-opt-in').copy, fr: wrongPlaceholder.fr } })).toEqual([
      'newsletter-opt-in: fr.validity uses other placeholders than nl',
    ])
    expect(() => compileMail({ template: 'welcome', locale: 'de' as never, props: { siteUrl: 'https://x.test/' } })).toThrow(MailRenderError)
  })

  it('a subject with a line break (header injection)', () => {
    const props = { subject: 'Hello\r\nBcc: everyone@example.com', blocks: [{ kind: 'paragraph' as const, text: 'x' }] }
    expect(() => compileMail({ template: 'campaign', locale: 'nl', props })).toThrow(expect.objectContaining({ code: 'header_injection' }))
  })

  it('links that are not http(s), and props that break the template’s schema', () => {
    const props = { subject: 'Hi', blocks: [{ kind: 'button' as const, label: 'Click', url: 'javascript:alert(1)' }] }
    expect(() => compileMail({ template: 'campaign', locale: 'nl', props })).toThrow(expect.objectContaining({ code: 'invalid_props' }))
    expect(() => compileMail({ template: 'newsletter-opt-in', locale: 'nl', props: { confirmUrl: 'https://x.test', validDays: -1 } })).toThrow(/validDays/)
  })

  it('marketing mail without the recipient’s unsubscribe link', () => {
    const compiled = compileMail({ template: 'welcome', locale: 'nl', props: { siteUrl: 'https://x.test/' } })
    expect(() => compiled.personalise({ name: 'An' })).toThrow(expect.objectContaining({ code: 'missing_unsubscribe_link' }))
  })
})

describe('personalisation', () => {
  it('escapes what people type, and strips line breaks and control characters from names', () => {
    const props = { subject: 'Nieuws', blocks: [{ kind: 'paragraph' as const, text: '<script>alert(1)</script> & "quotes"' }] }
    const compiled = compileMail({ template: 'campaign', locale: 'nl', props })
    const mail = compiled.personalise({ name: '"><img src=x onerror=alert(1)>\r\nBcc: x\u202e', unsubscribeUrl: 'https://x.test/u?token=a"b' })
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).not.toContain('<img')
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
    expect(mail.html).toContain('Dag &quot;&gt;&lt;img src=x onerror=alert(1)&gt; Bcc: x,')
    expect(mail.html).toContain('href="https://x.test/u?token=a&quot;b"')
    expect(mail.text).toContain('Dag "><img src=x onerror=alert(1)> Bcc: x,')
    // That the markup stays valid with this input: tests/e2e/mail-html-validity.spec.ts renders the same.
  })

  it('greets without a name when there is none, and fills slots a marketer cannot fake', () => {
    const props = { subject: 'Nieuws', blocks: [{ kind: 'paragraph' as const, text: '\u0000greeting\u0000 {name}' }] }
    const mail = compileMail({ template: 'campaign', locale: 'en', props }).personalise({ unsubscribeUrl })
    expect(mail.text.startsWith('Hello,\n')).toBe(true)
    expect(mail.text).toContain('\u0000greeting\u0000 {name}')
  })
})

describe('the functions existing callers use', () => {
  it('renderTestMail and renderPolicyNotice keep their subjects and content', () => {
    expect(renderTestMail({ locale: 'nl' }).subject).toBe('Testbericht van myPlugin')
    const notice = renderPolicyNotice({ locale: 'fr', versionLabel: '2', summary: 'Nous nommons désormais chaque sous-traitant.', url: 'https://x.test/fr/privacy/9' })
    expect(notice.subject).toBe('Notre politique de confidentialité change (version 2)')
    expect(notice.text).toContain('Nous nommons désormais chaque sous-traitant.')
    expect(notice.text).toContain('/fr/privacy/9')
  })
})
