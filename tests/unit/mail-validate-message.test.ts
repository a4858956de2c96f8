import { describe, expect, it } from 'vitest'

import { isRoleAddress } from '../../integrations/mail/is-role-address'
import type { MailMessage } from '../../integrations/mail/mail-port'
import { MailSendError } from '../../integrations/mail/mail-send-error'
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
