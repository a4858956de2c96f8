/**
 * The periods the trials funnel and export offer: signups of the last 30 or 90 days, or every signup. Shared by the
 * endpoints (zod enum) and the admin's buttons, so both always offer the same choices.
 */
export const trialFunnelRanges = ['30d', '90d', 'all'] as const
export type TrialFunnelRange = (typeof trialFunnelRanges)[number]

const days: Record<TrialFunnelRange, number | undefined> = { '30d': 30, '90d': 90, all: undefined }

/** The first moment a range covers, or undefined for every signup. Counted back from `now` in whole days of 24 h. */
export const sinceOf = ({ range, now }: { range: TrialFunnelRange; now: Date }): Date | undefined => {
  const span = days[range]
  return span === undefined ? undefined : new Date(now.getTime() - span * 86_400_000)
}
