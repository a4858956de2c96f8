import type { Endpoint } from 'payload'

import { mailPreviewEndpoint } from './mail-preview-endpoint'
import { resendWebhookEndpoint } from './resend-webhook-endpoint'
import { sendTestMailEndpoint } from './send-test-mail-endpoint'
import { unsubscribeLinkEndpoint } from '../contacts/unsubscribe-link-endpoint'
import { unsubscribeOneClickEndpoint } from '../contacts/unsubscribe-one-click-endpoint'

/** The mail capability's API routes (root endpoints: /api/mail/…). */
export const mailEndpoints = ({ webhookSecret }: { webhookSecret: string | undefined }): Endpoint[] => [
  unsubscribeLinkEndpoint,
  unsubscribeOneClickEndpoint,
  resendWebhookEndpoint({ secret: webhookSecret }),
  mailPreviewEndpoint,
  sendTestMailEndpoint,
]
