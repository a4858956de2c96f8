import type { CampaignEventType } from '../campaign-events'
import type { CampaignStatus } from '../campaign-statuses'

/** The JSON the campaign endpoints answer (see cms/collections/campaigns.ts and the lead's endpoints). */
export type CampaignProgress = {
  status: CampaignStatus
  total: number
  sent: number
  skipped: number
  failed: number
  startedAt?: string
  finishedAt?: string
  /** Why the engine paused the campaign by itself (e.g. the mail provider refused the sender). */
  lastError?: string
}

// A type-only import keeps the collection config (and its server imports) out of the admin's browser bundle.
export const campaignStatTypes = ['delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed', 'converted'] as const satisfies readonly CampaignEventType[]
export type CampaignStatType = (typeof campaignStatTypes)[number]

export type CampaignStats = {
  sent: number
  totals: Record<CampaignStatType, number>
  series: { day: string; type: string; count: number }[]
}

export type TestSendResult = { sentTo: string; locales: string[] }
export type StatusResult = { status: CampaignStatus; scheduledAt?: string; total?: number }
export type RecipientCount = { count: number }
