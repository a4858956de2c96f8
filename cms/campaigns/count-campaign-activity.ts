import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../database/relation-id'
import { recordCampaignEvent } from './record-campaign-event'

type Activity = { id: string | number; type?: string; key?: string; contact?: unknown; campaign?: unknown; at?: string }

/**
 * Wired on `contact-activities` (payload.config.ts): what a contact did because of a campaign counts in that
 * campaign's statistics. A confirmation, a webinar registration or a verified trial attributed to a campaign is a conversion, naming the contact only when
 * they agreed to per-person measurement; an unsubscribe through a campaign's link counts for it. The keys are the
 * ones these events always had, so an event counted before this hook existed is not counted twice.
 */
export const countCampaignActivity: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const activity = doc as Activity
  const campaign = relationId(activity.campaign)
  const contact = relationId(activity.contact)
  if (operation !== 'create' || campaign === undefined || contact === undefined) return doc
  const at = activity.at ? new Date(activity.at) : new Date()
  const tracked = async () => (await req.payload.find({ collection: 'contacts', where: { id: { equals: contact } }, limit: 1, depth: 0, overrideAccess: true, select: { tracking: true }, req })).docs[0]?.tracking === true
  if (activity.type === 'confirmed') {
    await recordCampaignEvent({ payload: req.payload, req, campaign, type: 'converted', key: `converted:newsletter:${campaign}:${contact}`, detail: 'newsletter', at, ...((await tracked()) ? { contact } : {}) })
  } else if (activity.type === 'webinar-registered') {
    // One conversion per registration (its activity key names the webinar and the person).
    await recordCampaignEvent({ payload: req.payload, req, campaign, type: 'converted', key: `converted:${activity.key ?? activity.id}:${campaign}`, detail: 'webinar', at, ...((await tracked()) ? { contact } : {}) })
  } else if (activity.type === 'trial-started') {
    // A verified trial signup: the funnel's goal (issue #16). One per trial: its activity key names the trial.
    await recordCampaignEvent({ payload: req.payload, req, campaign, type: 'converted', key: `converted:${activity.key ?? activity.id}:${campaign}`, detail: 'trial', at, ...((await tracked()) ? { contact } : {}) })
  } else if (activity.type === 'unsubscribed') {
    await recordCampaignEvent({ payload: req.payload, req, campaign, type: 'unsubscribed', key: `unsubscribed:${campaign}:${contact}`, at })
  }
  return doc
}
