import { describe, expect, it } from 'vitest'

import { MailSendError } from '../../integrations/mail/mail-send-error'
import { redactAddresses } from '../../integrations/mail/redact-addresses'

describe('addresses in mail error texts', () => {
  it('are replaced, in the shapes a provider quotes them, and nothing else is', () => {
    expect(redactAddresses('Invalid `to` field: anna.peeters+news@praktijk-peeters.be is not valid.')).toBe('Invalid `to` field: ‹address› is not valid.')
    expect(redactAddresses('To: "Anna" <Anna@Example.COM>, bo@example.org; done')).toBe('To: "Anna" <‹address›>, ‹address›; done')
    expect(redactAddresses('Rate limit exceeded: 2 requests per second.')).toBe('Rate limit exceeded: 2 requests per second.')
  })

  it('never reach a MailSendError, whoever makes one (its message goes to job logs and mail records)', () => {
    expect(new MailSendError({ code: 'rejected', retryable: false, message: 'x@example.com bounced' }).message).toBe('‹address› bounced')
  })
})
