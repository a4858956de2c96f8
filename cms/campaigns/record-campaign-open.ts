import type { Payload } from 'payload'

import { appendActivity, findContact } from '../contacts'
import { readOpenToken } from '../links/open-token'
import { recordCampaignEvent } from './record-campaign-event'

/**
 * The open pixel of a person who agreed to per-person measurement (nobody else's mail has one): counted once per
 * person and campaign, and only while they still agree. Expired or forged tokens count nothing.
 */
export const recordCampaignOpen = async ({ payload, token, now = new Date() }: { payload: Payload; token: string; now?: Date }): Promise<void> => {
  const read = readOpenToken({ secret: payload.secret, token, now })
  if (read.state !== 'valid') return
  const person = await findContact({ payload, ref: read.contactRef })
  if (!person?.tracking) return
  const key = `open:${read.campaign}:${person.ref}`
  await recordCampaignEvent({ payload, campaign: read.campaign, type: 'opened', contact: person.id, key, at: now })
  await appendActivity({ payload, contact: person.id, type: 'opened', key, at: now, campaign: read.campaign })
}
