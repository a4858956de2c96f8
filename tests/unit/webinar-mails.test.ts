import { describe, expect, it } from 'vitest'

import { escapeHtml } from '../../config/escape-html'
import { formatEventTime } from '../../config/format-event-time'
import { locales, type Locale } from '../../config/locales'
import { compileMail } from '../../emails/compile-mail'
import { layoutCopy } from '../../emails/layout-copy'
import type { MailTemplateId } from '../../emails/template-registry'

// Deliberately not the templates' sample props: a summer date (CEST) and links of our own, so each fact found in a
// mail came from these props.
const webinar = {
  title: 'Online intake met nieuwe cliënten',
  start: '2027-06-17T10:00:00Z',
  durationMinutes: 45,
  joinUrl: 'https://join.example.test/w/42?k=private-join-key',
  detailUrl: 'https://www.example.test/webinars/online-intake',
  cancelUrl: 'https://www.example.test/webinars/cancel?token=cancel-token',
  listingUrl: 'https://www.example.test/webinars',
  replayUrl: 'https://www.example.test/webinars/online-intake/replay',
  calendar: { google: 'https://calendar.example.test/google?e=42&x=1', outlook: 'https://calendar.example.test/outlook?e=42' },
}

type Case = { template: MailTemplateId; label: string; props: Record<string, unknown>; join: boolean; cancel: boolean; time: boolean; calendar: boolean }

// Every case gets every link in its props (the schema drops what the template does not take), so "absent" means the
// template left it out, not that the caller forgot it.
const cases: Case[] = [
  { template: 'webinar-registered', label: 'registered', props: webinar, join: true, cancel: true, time: true, calendar: true },
  { template: 'webinar-promoted', label: 'promoted', props: webinar, join: true, cancel: true, time: true, calendar: true },
  { template: 'webinar-updated', label: 'updated', props: { ...webinar, changes: ['link', 'time'] }, join: true, cancel: true, time: true, calendar: true },
  { template: 'webinar-reminder', label: 'reminder 24h', props: { ...webinar, when: '24h' }, join: true, cancel: true, time: true, calendar: true },
  { template: 'webinar-reminder', label: 'reminder 1h', props: { ...webinar, when: '1h' }, join: true, cancel: false, time: true, calendar: true },
  { template: 'webinar-waitlisted', label: 'waitlisted', props: { ...webinar, position: 2 }, join: false, cancel: true, time: true, calendar: false },
  { template: 'webinar-cancelled', label: 'cancelled', props: webinar, join: false, cancel: false, time: true, calendar: false },
  { template: 'webinar-registration-cancelled', label: 'registration cancelled', props: webinar, join: false, cancel: false, time: true, calendar: false },
  { template: 'webinar-replay', label: 'replay (attended)', props: { ...webinar, attended: true }, join: false, cancel: false, time: false, calendar: false },
  { template: 'webinar-replay', label: 'replay (missed)', props: { ...webinar, attended: false }, join: false, cancel: false, time: false, calendar: false },
]

// Through compileMail + personalise, as queueMail and the batch sender do.
const render = ({ template, props, locale }: { template: MailTemplateId; props: Record<string, unknown>; locale: Locale }) => {
  const compiled = compileMail({ template, locale, props: props as never })
  return { category: compiled.category, ...compiled.personalise({ name: 'Zoë' }) }
}

const expectLink = ({ mail, url, present }: { mail: { html: string; text: string }; url: string; present: boolean }) => {
  expect(mail.html.includes(`href="${escapeHtml(url)}"`)).toBe(present)
  expect(mail.text.includes(url)).toBe(present)
}

describe('webinar mails say the facts, in every language', () => {
  for (const c of cases) {
    for (const locale of locales) {
      it(`${c.label} (${locale})`, () => {
        const mail = render({ template: c.template, props: c.props, locale })

        expect(mail.category).toBe('transactional')
        expect(mail.subject).toContain(webinar.title)
        expect(mail.text).toContain(webinar.title)

        const when = formatEventTime({ start: webinar.start, durationMinutes: webinar.durationMinutes, locale })
        expect(when).toContain('CEST')
        expect(mail.text.includes(when)).toBe(c.time)
        expect(mail.html.includes(escapeHtml(when))).toBe(c.time)

        expectLink({ mail, url: webinar.joinUrl, present: c.join })
        expectLink({ mail, url: webinar.cancelUrl, present: c.cancel })
        expectLink({ mail, url: webinar.calendar.google, present: c.calendar })
        expectLink({ mail, url: webinar.calendar.outlook, present: c.calendar })
        if (c.template === 'webinar-replay') expectLink({ mail, url: webinar.replayUrl, present: true })

        // Service mail: no unsubscribe or preferences footer, in either part.
        for (const part of [mail.html, mail.text]) {
          expect(part).not.toMatch(/unsubscribe|preferences/i)
          expect(part).not.toContain(layoutCopy[locale].unsubscribe)
          expect(part).not.toContain(layoutCopy[locale].preferences)
        }
      })
    }
  }
})

describe('webinar mails, case by case', () => {
  it('updated names only what changed, time before link whatever the order given', () => {
    const both = render({ template: 'webinar-updated', locale: 'en', props: { ...webinar, changes: ['link', 'time'] } }).text
    expect(both.indexOf('- the time:')).toBeGreaterThan(-1)
    expect(both.indexOf('- the time:')).toBeLessThan(both.indexOf('- the link to join:'))
    const timeOnly = render({ template: 'webinar-updated', locale: 'nl', props: { ...webinar, changes: ['time'] } }).text
    expect(timeOnly).toContain('- het tijdstip:')
    expect(timeOnly).not.toContain('- de link om deel te nemen')
    expect(() => compileMail({ template: 'webinar-updated', locale: 'nl', props: { ...webinar, changes: [] } })).toThrow(/changes/)
    expect(() => compileMail({ template: 'webinar-updated', locale: 'nl', props: { ...webinar, changes: ['time', 'time'] } })).toThrow(/changes/)
  })

  it('registered, promoted and updated say the invitation is attached; cancelled says the cancellation is', () => {
    expect(render({ template: 'webinar-registered', locale: 'en', props: webinar }).text).toContain('The calendar invitation is attached')
    expect(render({ template: 'webinar-promoted', locale: 'nl', props: webinar }).text).toContain('De uitnodiging voor je agenda zit als bijlage')
    expect(render({ template: 'webinar-updated', locale: 'fr', props: { ...webinar, changes: ['time'] } }).text).toContain('L’invitation mise à jour pour votre agenda est jointe')
    expect(render({ template: 'webinar-cancelled', locale: 'en', props: webinar }).text).toContain('The calendar cancellation is attached')
  })

  it('cancelled links the upcoming webinars only when given', () => {
    expectLink({ mail: render({ template: 'webinar-cancelled', locale: 'nl', props: webinar }), url: webinar.listingUrl, present: true })
    const { listingUrl: _, ...withoutListing } = webinar
    expectLink({ mail: render({ template: 'webinar-cancelled', locale: 'nl', props: withoutListing }), url: webinar.listingUrl, present: false })
  })

  it('waitlisted says the position only when known', () => {
    expect(render({ template: 'webinar-waitlisted', locale: 'fr', props: { ...webinar, position: 2 } }).text).toContain('Vous êtes en position 2 sur la liste d’attente.')
    expect(render({ template: 'webinar-waitlisted', locale: 'nl', props: webinar }).text).not.toContain('van de wachtlijst.')
  })

  it('the 24-hour reminder needs a cancel link; calendar links are optional in reminders', () => {
    const { cancelUrl: _, calendar: __, ...bare } = webinar
    expect(() => compileMail({ template: 'webinar-reminder', locale: 'nl', props: { ...bare, when: '24h' } as never })).toThrow(/cancelUrl/)
    const hourBefore = render({ template: 'webinar-reminder', locale: 'en', props: { ...bare, when: '1h' } })
    expect(hourBefore.subject).toBe(`In one hour: ${webinar.title}`)
    expect(hourBefore.text).not.toContain('calendar.example.test')
    expectLink({ mail: hourBefore, url: webinar.joinUrl, present: true })
  })

  it('replay thanks those who came and apologises to those who missed it', () => {
    const came = render({ template: 'webinar-replay', locale: 'en', props: { ...webinar, attended: true } })
    const missed = render({ template: 'webinar-replay', locale: 'en', props: { ...webinar, attended: false } })
    expect(came.subject).toMatch(/^Thanks for joining/)
    expect(came.text).toContain('Thank you for joining us!')
    expect(missed.subject).toMatch(/^Sorry we missed you/)
    expect(missed.text).not.toContain('Thank you for joining')
  })

  it('refuses a start that is not an ISO instant and links that are not http(s)', () => {
    expect(() => compileMail({ template: 'webinar-registered', locale: 'nl', props: { ...webinar, start: '10/12/2026 20:00' } })).toThrow(/start/)
    expect(() => compileMail({ template: 'webinar-registered', locale: 'nl', props: { ...webinar, joinUrl: 'javascript:alert(1)' } })).toThrow(/joinUrl/)
    expect(() => compileMail({ template: 'webinar-registered', locale: 'nl', props: { ...webinar, calendar: { ...webinar.calendar, outlook: 'data:text/html,x' } } })).toThrow(/calendar\.outlook/)
  })
})
