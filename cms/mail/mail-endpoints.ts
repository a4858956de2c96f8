import type { Endpoint } from 'payload'

import type { MailEventListener } from './mail-event-listener'
import { mailPreviewEndpoint } from './mail-preview-endpoint'
import { resendWebhookEndpoint } from './resend-webhook-endpoint'
import { sendTestMailEndpoint } from './send-test-mail-endpoint'

/** The mail capability's API routes (root endpoints: /api/mail/…): delivery webhooks, template preview, test sends. */
export const mailEndpoints = ({ webhookSecret, eventListeners = [] }: { webhookSecret: string | undefined; eventListeners?: MailEventListener[] }): Endpoint[] => [
  resendWebhookEndpoint({ secret: webhookSecret, listeners: eventListeners }),
  mailPreviewEndpoint,
  sendTestMailEndpoint,
]
