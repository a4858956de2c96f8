import { createHash, randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { appendActivity, findContact } from '../contacts'
import { sharedBudget } from '../database/shared-budget'
import type { ClickClaim } from '../links/click-token'
import { recordCampaignEvent } from './record-campaign-event'

/** Anonymous clicks counted per link per minute at most: a bot replaying one link cannot inflate a campaign's figures. */
export const anonymousClicksPerLinkPerMinute = 300

/**
 * Counts a click on a tracked link of a campaign mail (its token already verified: readClickToken). Named (the
 * person's timeline, once per person and link) only when the link names a person who still agrees to per-person
 * measurement; otherwise counted without identity. No address and no cookie is read or stored.
 */
export const recordCampaignClick = async ({ payload, claim, now = new Date() }: { payload: Payload; claim: ClickClaim; now?: Date }): Promise<void> => {
  const { campaign, url, contactRef } = claim
  const linkHash = createHash('sha256').update(url).digest('base64url').slice(0, 16)
  const person = contactRef ? await findContact({ payload, ref: contactRef }) : undefined
  if (person?.tracking) {
    const key = `click:${campaign}:${person.ref}:${linkHash}`
    await recordCampaignEvent({ payload, campaign, type: 'clicked', contact: person.id, key, at: now, detail: url.slice(0, 500) })
    await appendActivity({ payload, contact: person.id, type: 'clicked', key, at: now, campaign, detail: url.slice(0, 500) })
    return
  }
  try {
    await sharedBudget({ payload, name: `clicks:${campaign}`, points: anonymousClicksPerLinkPerMinute, durationSeconds: 60 }).consume(linkHash)
  } catch {
    return // over the budget (or the store cannot answer): not counted
  }
  await recordCampaignEvent({ payload, campaign, type: 'clicked', key: `click:${campaign}:${randomUUID()}`, at: now })
}
