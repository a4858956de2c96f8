import type { Payload } from 'payload'

import { locales } from '../../config/locales'
import { attributableCampaign } from '../campaigns'
import type { TrialSource } from './trial-sources'

const webinarPath = new RegExp(`^/(?:${locales.join('|')})/webinars/([a-z0-9][a-z0-9-]{0,99})/?$`)

/**
 * What brought a signup, first-party only: a campaign link's parameter when that campaign really went out (within
 * its attribution window; a forged or stale mp_c counts nothing), else the page of this site the person came from,
 * a webinar's page named as that webinar, else nothing known. The funnel groups by the answer.
 */
export const attributeTrial = async ({ payload, campaignParam, referrerPath, now }: { payload: Payload; campaignParam?: string; referrerPath?: string; now: Date }): Promise<{ source: TrialSource; campaign?: number | string; webinar?: number | string }> => {
  const campaign = await attributableCampaign({ payload, param: campaignParam, now })
  if (campaign !== undefined) return { source: 'campaign', campaign }
  if (!referrerPath) return { source: 'direct' }
  const slug = webinarPath.exec(referrerPath)?.[1]
  if (slug) {
    const webinar = (await payload.find({ collection: 'webinars', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, select: {} })).docs[0]
    if (webinar) return { source: 'webinar', webinar: webinar.id }
  }
  return { source: 'page' }
}
