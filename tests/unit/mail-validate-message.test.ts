import { describe, expect, it } from 'vitest'

import { isRoleAddress } from '../../integrations/mail/is-role-address'
import { maxAttachmentBytes, maxAttachments } from '../../integrations/mail/mail-attachments-schema'
import type { MailAttachment, MailMessage } from '../../integrations/mail/mail-port'
import { MailSendError } from '../../integrations/mail/mail-send-error'
import { refuseBatchAttachments } from '../../integrations/mail/refuse-batch-attachments'
import { maxHtmlBytes, validateMailMessage } from '../../integrations/mail/validate-mail-message'

const unsubscribe = { 'List-Unsubscribe': '<https://x.test/api/mail/unsubscribe?token=t>, <mailto:u@x.test?subject=unsubscribe>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
const good: MailMessage = { to: 'an@example.com', subject: 'Hallo', html: '<p>x</p>', text: 'x', idempotencyKey: 'key-0001' }

const refusal = (message: MailMessage): MailSendError => {
  try {
    validateMailMessage(message)
  } catch (error) {
    if (error instanceof MailSendError) return error
    throw error
  }
  throw new Error('not refused')
}

describe('validateMailMessage', () => {
  it('lets a good message through', () => {
    expect(validateMailMessage(good)).toBe(good)
    expect(validateMailMessage({ ...good, category: 'marketing', headers: unsubscribe })).toBeTruthy()
  })

  it('refuses invalid addresses, for good and without quoting them', () => {
    for (const to of ['not-an-address', 'an@example.com\r\nBcc: all@example.com', 'an@@example.com', `${'a'.repeat(250)}@example.com`]) {
      const error = refusal({ ...good, to })
      expect(error).toMatchObject({ code: 'invalid_message', retryable: false })
      expect(error.message).toMatch(/^mail refused before sending: to /)
      expect(error.message).not.toContain('example.com')
    }
  })

  it('refuses header injection in subjects and header values', () => {
    expect(refusal({ ...good, subject: 'Hi\r\nBcc: all@example.com' }).message).toContain('subject contains a line break')
    expect(refusal({ ...good, subject: 'Hi\nthere' }).code).toBe('invalid_message')
    expect(refusal({ ...good, headers: { 'X-Thing': 'a\r\nBcc: b@example.com' } }).message).toContain('header injection')
    expect(refusal({ ...good, headers: { 'Bad Name:': 'x' } }).message).toContain('invalid header name')
  })

  it('refuses role addresses for marketing (but not for a reply to a request)', () => {
    for (const to of ['noreply@example.com', 'no-reply@example.com', 'postmaster@example.com', 'Abuse@example.com', 'mailer-daemon@example.com', 'webmaster+news@example.com']) {
      expect(isRoleAddress(to)).toBe(true)
      expect(refusal({ ...good, to, category: 'marketing', headers: unsubscribe }).message).toContain('role address')
    }
    expect(isRoleAddress('info@praktijk-an.be')).toBe(false)
    expect(validateMailMessage({ ...good, to: 'postmaster@example.com' })).toBeTruthy()
  })

  it('refuses marketing mail without one-click unsubscribe headers', () => {
    expect(refusal({ ...good, category: 'marketing' }).message).toContain('List-Unsubscribe')
  })

  it('refuses oversized content (Gmail would clip it, unsubscribe link included)', () => {
    expect(refusal({ ...good, html: 'x'.repeat(maxHtmlBytes + 1) }).message).toContain('html is larger than 100 KB')
    expect(refusal({ ...good, text: 'é'.repeat(maxHtmlBytes / 2 + 1) }).message).toContain('text is larger')
    expect(refusal({ ...good, subject: 'x'.repeat(901) }).message).toContain('subject is longer')
  })
})

describe('attachments', () => {
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n'
  const invite: MailAttachment = { filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: Buffer.from(ics).toString('base64') }
  const withFiles = (...attachments: MailAttachment[]): MailMessage => ({ ...good, attachments })

  it('lets a calendar invitation through, with or without parameters', () => {
    expect(validateMailMessage(withFiles(invite))).toBeTruthy()
    expect(validateMailMessage(withFiles({ ...invite, contentType: 'Text/Calendar' }))).toBeTruthy()
    expect(validateMailMessage(withFiles({ ...invite, contentType: 'text/calendar;method="REQUEST"' }))).toBeTruthy()
    expect(validateMailMessage(withFiles({ ...invite, filename: 'Webinar 12 maart – uitnodiging.ICS' }))).toBeTruthy()
    expect(validateMailMessage({ ...good, attachments: [] })).toBeTruthy()
  })

  it(`refuses more than ${maxAttachments} files`, () => {
    expect(refusal(withFiles(...Array.from({ length: maxAttachments + 1 }, () => invite))).message).toContain(`attachments hold more than ${maxAttachments} files`)
  })

  it('refuses unsafe file names, naming the rule and not the name', () => {
    for (const filename of ['../invite.ics', 'a/b.ics', 'a\\b.ics', 'C:invite.ics', 'in\r\nvite.ics', 'in\u0000vite.ics', '.ics', '..', 'in"vite.ics', `${'x'.repeat(97)}.ics`, '']) {
      const error = refusal(withFiles({ ...invite, filename }))
      expect(error).toMatchObject({ code: 'invalid_message', retryable: false })
      expect(error.message).toMatch(/attachments\.0\.filename (is not a safe file name|is longer than 100 characters|is empty)/)
    }
    expect(refusal(withFiles({ ...invite, filename: 'invite.exe' })).message).toContain('attachments.0.filename does not end in .ics')
    expect(refusal(withFiles({ ...invite, filename: 'invite' })).message).toContain('does not end in .ics')
  })

  it('refuses content types outside the allowlist, and malformed ones', () => {
    for (const contentType of ['application/pdf', 'text/html', 'application/octet-stream; name=invite.ics', 'text/x-calendar']) {
      expect(refusal(withFiles({ ...invite, contentType })).message).toContain('attachments.0.contentType is not an allowed type (text/calendar)')
    }
    for (const contentType of ['text/calendar\r\nBcc: x@example.com', 'calendar', 'text/calendar; charset', 'text/calendar; method="RE\nQUEST"']) {
      expect(refusal(withFiles({ ...invite, contentType })).message).toContain('attachments.0.contentType is not a content type')
    }
  })

  it('refuses content that is not base64, and files over the size cap together', () => {
    for (const content of [ics, 'QUJD=', 'QUJ', '']) expect(refusal(withFiles({ ...invite, content })).message).toMatch(/attachments\.0\.content (is not base64|is empty)/)
    const half = Buffer.alloc((maxAttachmentBytes / 4) * 3 / 2, 'a').toString('base64')
    expect(validateMailMessage(withFiles({ ...invite, content: half }, { ...invite, content: half }))).toBeTruthy()
    expect(refusal(withFiles({ ...invite, content: half }, { ...invite, content: half }, invite)).message).toContain('attachments weigh more than 256 KB together')
  })

  it('refuses unknown attachment fields rather than dropping them', () => {
    expect(refusal(withFiles({ ...invite, contentId: 'cid-1' } as MailAttachment)).message).toContain('attachments.0')
  })

  it('refuses attachments on marketing mail', () => {
    expect(refusal({ ...withFiles(invite), category: 'marketing', headers: unsubscribe }).message).toContain('attachments are for transactional mail only')
  })

  it('refuses a batch that carries any, naming the messages', () => {
    expect(() => refuseBatchAttachments({ messages: [good, good] })).not.toThrow()
    expect(() => refuseBatchAttachments({ messages: [good, withFiles(invite)] })).toThrow(/a batch cannot carry attachments .*messages 1 have some/)
  })
})
