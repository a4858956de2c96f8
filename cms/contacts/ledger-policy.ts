import type { Payload } from 'payload'

import { currentPolicyVersion } from '../policy'

/** The policy in force as a consent record names it (the hash of the person's language, else the Dutch one). */
export const ledgerPolicy = async ({ payload, locale }: { payload: Payload; locale: string }): Promise<{ id: string; hash: string } | undefined> => {
  const policy = await currentPolicyVersion({ payload })
  if (!policy) return undefined
  return { id: policy.id, hash: policy.hashes[locale as 'nl'] ?? policy.hashes.nl ?? '' }
}
