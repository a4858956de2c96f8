import { type CampaignStatType, campaignStatTypes } from './campaign-api-types'

export type DailyCounts = { day: string; counts: Record<CampaignStatType, number> }

const dayMs = 24 * 60 * 60 * 1000
const zero = (): Record<CampaignStatType, number> => Object.fromEntries(campaignStatTypes.map((t) => [t, 0])) as Record<CampaignStatType, number>
const isStatType = (type: string): type is CampaignStatType => (campaignStatTypes as readonly string[]).includes(type)

/**
 * The stats endpoint's rows (`{ day, type, count }`, only days with events) as one row per day from the first to the
 * last, quiet days included: a chart that skipped them would draw a steady slope where nothing happened. Capped at
 * `maxDays` (the latest) so a long-running campaign keeps a readable chart.
 */
export const dailySeries = ({ series, maxDays = 90 }: { series: { day: string; type: string; count: number }[]; maxDays?: number }): DailyCounts[] => {
  const byDay = new Map<string, Record<CampaignStatType, number>>()
  for (const { day, type, count } of series) {
    if (!isStatType(type) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue
    const counts = byDay.get(day) ?? zero()
    counts[type] += count
    byDay.set(day, counts)
  }
  const days = [...byDay.keys()].sort()
  if (days.length === 0) return []
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`)
  const first = Math.max(Date.parse(`${days[0]}T00:00:00Z`), last - (maxDays - 1) * dayMs)
  const rows: DailyCounts[] = []
  for (let t = first; t <= last; t += dayMs) {
    const day = new Date(t).toISOString().slice(0, 10)
    rows.push({ day, counts: byDay.get(day) ?? zero() })
  }
  return rows
}
