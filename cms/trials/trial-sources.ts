/**
 * What brought a trial signup, for the funnel: a campaign link (mp_c), a webinar page, another page of this site
 * (the referrer path), or nothing we know. First-party only: the form carries the path, no third-party cookie.
 */
export const trialSources = ['campaign', 'webinar', 'page', 'direct'] as const
export type TrialSource = (typeof trialSources)[number]
