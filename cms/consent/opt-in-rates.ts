import type { Payload } from 'payload'

export type DailyOptIn = { day: string; choices: number; analytics: number; marketing: number }

/**
 * Banner choices per day and how many of them granted each category (share = analytics / choices), for the admin's
 * opt-in chart. Counts choices, not people: a visitor who changes their mind counts on each day they chose.
 */
export const optInRates = async ({ payload, days = 30, now = new Date() }: { payload: Payload; days?: number; now?: Date }): Promise<DailyOptIn[]> => {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)))
  const result = new Map<string, DailyOptIn>()
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10)
    result.set(day, { day, choices: 0, analytics: 0, marketing: 0 })
  }
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: 'consent-records',
      where: { and: [{ source: { equals: 'banner' } }, { recordedAt: { greater_than_equal: start.toISOString() } }] },
      select: { granted: true, recordedAt: true },
      sort: 'sequence',
      limit: 1000,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const record of batch.docs) {
      const entry = result.get(String(record.recordedAt).slice(0, 10))
      if (!entry) continue
      const granted = (record.granted as string[] | null) ?? []
      entry.choices++
      if (granted.includes('analytics')) entry.analytics++
      if (granted.includes('marketing')) entry.marketing++
    }
    if (!batch.hasNextPage) break
  }
  return [...result.values()]
}
