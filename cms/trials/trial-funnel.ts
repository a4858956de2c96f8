import type { Payload, Where } from 'payload'

import { nameTrialSources } from './name-trial-sources'
import type { TrialSource } from './trial-sources'

export const trialFunnelStages = ['signups', 'verified', 'provisioned', 'converted'] as const
export type TrialFunnelStage = (typeof trialFunnelStages)[number]
export type TrialFunnelCounts = Record<TrialFunnelStage, number>

/** One source of signups: a campaign, a webinar page, the site's other pages, or nothing known. */
export type TrialFunnelRow = TrialFunnelCounts & { key: string; source: TrialSource; label: string }

export type TrialFunnel = {
  /** The first signup moment counted (ISO), or null for every signup. */
  since: string | null
  rows: TrialFunnelRow[]
  total: TrialFunnelCounts
  /** Whatever the period: trials the application refused for good, and trials waiting to be opened (retryable). */
  deadLetters: { failed: number; provisioning: number }
}

// Each stage by its own mark, as the issue defines them: a trial converted by the application counts even when its
// conversion date is missing (the status says so).
const stageWhere: Record<TrialFunnelStage, Where | undefined> = {
  signups: undefined,
  verified: { verifiedAt: { exists: true } },
  provisioned: { provisionedAt: { exists: true } },
  converted: { or: [{ convertedAt: { exists: true } }, { status: { equals: 'converted' } }] },
}

/** A relation's id as stored: a number on SQLite, a hex string on MongoDB (an ObjectId turned to text). */
const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return String(value)
}

type Group = { key: string; source: TrialSource; label: string; where: Where }

/**
 * The trials funnel (signups → verified → provisioned → converted) per source, for the admin's chart: the cohort of
 * trials signed up since `since`, each stage counted by the database (`count`), never by loading trials, so no
 * personal field is read or decrypted. Campaign and webinar groups are the distinct ids the trials name; a trial
 * whose campaign or webinar was deleted since counts under "deleted". Trials from before attribution (no source)
 * count as direct.
 */
export const trialFunnel = async ({ payload, since }: { payload: Payload; since?: Date }): Promise<TrialFunnel> => {
  const inPeriod: Where[] = since ? [{ createdAt: { greater_than_equal: since.toISOString() } }] : []
  const count = async (wheres: (Where | undefined)[]) =>
    (await payload.count({ collection: 'trials', where: { and: [...inPeriod, ...wheres.filter((w): w is Where => w !== undefined)] }, overrideAccess: true })).totalDocs
  const distinct = async (field: 'campaign' | 'webinar') => {
    const found = await payload.findDistinct({ collection: 'trials', field, where: { and: [...inPeriod, { source: { equals: field } }, { [field]: { exists: true } }] }, overrideAccess: true })
    return found.values.map((v) => idOf(v[field])).filter((id) => id !== undefined)
  }
  const [campaignIds, webinarIds] = await Promise.all([distinct('campaign'), distinct('webinar')])
  const names = await nameTrialSources({ payload, campaignIds, webinarIds })

  const groups: Group[] = [
    ...campaignIds.map((id) => ({ key: `campaign:${id}`, source: 'campaign' as const, label: names.campaigns.get(String(id)) ?? `Campaign #${id} (deleted)`, where: { source: { equals: 'campaign' }, campaign: { equals: id } } })),
    { key: 'campaign:deleted', source: 'campaign', label: 'Deleted campaigns', where: { and: [{ source: { equals: 'campaign' } }, { campaign: { exists: false } }] } },
    ...webinarIds.map((id) => ({ key: `webinar:${id}`, source: 'webinar' as const, label: names.webinars.get(String(id)) ?? `Webinar #${id} (deleted)`, where: { source: { equals: 'webinar' }, webinar: { equals: id } } })),
    { key: 'webinar:deleted', source: 'webinar', label: 'Deleted webinars', where: { and: [{ source: { equals: 'webinar' } }, { webinar: { exists: false } }] } },
    { key: 'page', source: 'page', label: 'Other pages', where: { source: { equals: 'page' } } },
    { key: 'direct', source: 'direct', label: 'Direct', where: { or: [{ source: { equals: 'direct' } }, { source: { exists: false } }] } },
  ]

  const countsOf = async (where?: Where): Promise<TrialFunnelCounts> => {
    const counts = {} as TrialFunnelCounts
    // One at a time: SQLite answers them from one connection anyway, and a burst would only queue.
    for (const stage of trialFunnelStages) counts[stage] = await count([where, stageWhere[stage]])
    return counts
  }
  const rows: TrialFunnelRow[] = []
  for (const group of groups) {
    const counts = await countsOf(group.where)
    // The deleted-source groups only when they hold someone; pages and direct always, so the chart's shape is stable.
    if (counts.signups === 0 && group.key.endsWith(':deleted')) continue
    rows.push({ key: group.key, source: group.source, label: group.label, ...counts })
  }
  const bySignups = (a: TrialFunnelRow, b: TrialFunnelRow) => b.signups - a.signups || a.label.localeCompare(b.label)
  const order: TrialSource[] = ['campaign', 'webinar', 'page', 'direct']
  rows.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || (a.source === 'campaign' || a.source === 'webinar' ? bySignups(a, b) : 0))

  const statusCount = async (status: 'failed' | 'provisioning') => (await payload.count({ collection: 'trials', where: { status: { equals: status } }, overrideAccess: true })).totalDocs
  return {
    since: since?.toISOString() ?? null,
    rows,
    total: await countsOf(),
    deadLetters: { failed: await statusCount('failed'), provisioning: await statusCount('provisioning') },
  }
}
