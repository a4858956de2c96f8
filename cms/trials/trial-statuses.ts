/**
 * A trial's life: signed up (awaiting-verification) → verified, queued for the application (provisioning) → the
 * account is open (active), or the application refused it for good (failed); later the application reports
 * converted, expired or cancelled.
 */
export const trialStatuses = ['awaiting-verification', 'provisioning', 'active', 'failed', 'expired', 'converted', 'cancelled'] as const
export type TrialStatus = (typeof trialStatuses)[number]
