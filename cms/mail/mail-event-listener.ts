import type { Payload } from 'payload'

import type { ResendEmailEvent } from './resend-event'

/** Another domain's interest in delivery events (a campaign's statistics): called once per verified, new event. */
export type MailEventListener = (args: { payload: Payload; event: ResendEmailEvent }) => Promise<unknown>
