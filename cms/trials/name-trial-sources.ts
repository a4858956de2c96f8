import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'

export type SourceNames = { campaigns: Map<string, string>; webinars: Map<string, string> }

/** A webinar's title in its own language (it is given in one), else any language it has one in. */
const titleOf = ({ title, language }: { title: unknown; language: unknown }): string | undefined => {
  if (typeof title === 'string') return title
  if (!title || typeof title !== 'object') return undefined
  const titles = title as Partial<Record<Locale, string | null>>
  return titles[language as Locale] ?? Object.values(titles).find((t): t is string => typeof t === 'string' && t !== '')
}

/**
 * The names marketers know the sources of trials by: campaign names and webinar titles, looked up once per batch of
 * ids (only those two fields are read). An id without a document (deleted since) is simply missing from the maps.
 */
export const nameTrialSources = async ({ payload, campaignIds, webinarIds }: { payload: Payload; campaignIds: (number | string)[]; webinarIds: (number | string)[] }): Promise<SourceNames> => {
  const campaigns = new Map<string, string>()
  const webinars = new Map<string, string>()
  if (campaignIds.length > 0) {
    const found = await payload.find({ collection: 'campaigns', where: { id: { in: campaignIds } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { name: true } })
    for (const campaign of found.docs) campaigns.set(String(campaign.id), campaign.name)
  }
  if (webinarIds.length > 0) {
    const found = await payload.find({ collection: 'webinars', where: { id: { in: webinarIds } }, pagination: false, limit: 0, depth: 0, locale: 'all', overrideAccess: true, select: { title: true, language: true } })
    for (const webinar of found.docs) webinars.set(String(webinar.id), titleOf(webinar) ?? `Webinar #${webinar.id}`)
  }
  return { campaigns, webinars }
}
