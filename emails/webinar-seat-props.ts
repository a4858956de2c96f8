import { z } from 'zod'

import { httpUrl } from './http-url'
import { webinarFields } from './webinar-fields'

/**
 * A confirmed seat (registered, promoted from the waitlist): what, when, the private join link, the webinar's page,
 * the link to give the seat back and the calendar links.
 */
export const webinarSeatProps = z.object({
  ...webinarFields,
  /** Private to this person: whoever has it can join in their name. */
  joinUrl: httpUrl,
  detailUrl: httpUrl,
  cancelUrl: httpUrl,
})
