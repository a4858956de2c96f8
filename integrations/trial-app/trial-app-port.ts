import type { TrialAccount } from './trial-account-schema'

/**
 * What the product needs from the web application (owned by its consumer, the trials domain's provisioning job):
 * open one trial account per idempotency key, however often a retry asks. Errors are thrown as TrialAppError, whose
 * `code` and `retryable` decide between "try again later", "the person already has an account" and "dead letter".
 */
export type ProvisionTrialRequest = {
  /** Same key ⇒ the same account and the same answer. Derive it from the trial, never from the attempt. */
  idempotencyKey: string
  account: TrialAccount
}

export type ProvisionedTrial = {
  accountId: string
  /** The link the welcome mail carries: signs the person in to their new account. */
  loginUrl: string
  /** When the trial ends, if the application says (ISO 8601); the site then warns two days before. */
  trialEndsAt?: string
}

export type TrialAppPort = {
  provisionTrial: (request: ProvisionTrialRequest) => Promise<ProvisionedTrial>
}
