import type { CrmFacts } from './decide-crm-transfer'

type Activity = { type: string; detail?: string | null }

const trialRank: Record<NonNullable<CrmFacts['trial']>, number> = { 'awaiting-verification': 0, failed: 1, provisioning: 2, active: 3, cancelled: 4, expired: 4, converted: 5 }

/**
 * The timeline and the trials, summarised for the gate: whether the person attended or registered for a webinar, the
 * furthest their trials got (converted beats active beats provisioning…), and the purposes of the forms they sent
 * (a form's activity detail is `<purpose>: <title>`; the title stays here).
 */
export const summariseCrmFacts = ({ activities, trials }: { activities: readonly Activity[]; trials: readonly { status: NonNullable<CrmFacts['trial']> }[] }): CrmFacts => {
  const attended = activities.some((a) => a.type === 'webinar-attended')
  const registered = activities.some((a) => a.type === 'webinar-registered')
  const trial = trials.reduce<CrmFacts['trial']>((best, t) => (best === undefined || trialRank[t.status] > trialRank[best] ? t.status : best), undefined)
  const formPurposes = activities.filter((a) => a.type === 'form-submitted').map((a) => (a.detail ?? '').split(':')[0]!.trim()).filter((p) => /^[a-z]+$/.test(p))
  return { ...(attended ? { webinar: 'attended' as const } : registered ? { webinar: 'registered' as const } : {}), ...(trial ? { trial } : {}), formPurposes }
}
