import type { Payload } from 'payload'

/** What every operation behind a person's signed link receives: the link's token and who followed it (for the ledger). */
export type LinkRequest = {
  payload: Payload
  token: unknown
  /** The client address (truncated before it is stored) and browser, recorded with any consent change. */
  ip?: string
  userAgent?: string
  now?: Date
}
