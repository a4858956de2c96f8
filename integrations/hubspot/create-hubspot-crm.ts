import { Client } from '@hubspot/api-client'
import { PublicUpdateSubscriptionStatusRequestLegalBasisEnum as LegalBasisEnum } from '@hubspot/api-client/lib/codegen/communication_preferences'

import { createPacer } from '../create-pacer'
import { toHubSpotError } from './to-hubspot-error'

export type HubSpotContactInput = { email: string; properties: Record<string, string> }
export type HubSpotUpsertOutcome = {
  /** Created or updated, by lower-cased address. */
  done: { email: string; id: string; created: boolean }[]
  /** Refused one by one inside a 207 (the rest went through): by address when HubSpot names it. */
  refused: { email?: string; category: string; message: string }[]
}

/** The port the CRM domain syncs through: HubSpot's own client, paced under the account's limit. */
export type HubSpotCrm = {
  /** At most 100 contacts per call (HubSpot's cap), upserted by e-mail: a retry updates, never duplicates. */
  upsertContacts: (args: { contacts: HubSpotContactInput[] }) => Promise<HubSpotUpsertOutcome>
  /** Sets one subscription status with its legal basis; `unchanged` when HubSpot says it already is so. */
  setSubscription: (args: { email: string; subscriptionId: string; subscribed: boolean; legalBasis?: 'CONSENT_WITH_NOTICE' | 'PERFORMANCE_OF_CONTRACT'; explanation?: string }) => Promise<'done' | 'unchanged'>
  /** HubSpot's GDPR delete (the address is also blocklisted there); `not-found` when HubSpot holds nobody by it. */
  gdprDelete: (args: { email: string }) => Promise<'deleted' | 'not-found'>
}

const ids = (context: Record<string, unknown> | undefined): string[] => {
  const raw = context?.ids ?? context?.id ?? context?.email ?? []
  return (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string')
}

/**
 * The HubSpot port over `@hubspot/api-client`: its own retries are off (the sync decides, per HubSpot's `policyName`
 * and with backoff, and never inside a request someone waits for); every call waits for a slot of this process's
 * pacer, at most `perTenSeconds` per rolling 10 s. Errors come out as HubSpotError.
 */
export const createHubSpotCrm = ({ accessToken, basePath, perTenSeconds }: { accessToken: string; basePath?: string; perTenSeconds: number }): HubSpotCrm => {
  const client = new Client({ accessToken, ...(basePath ? { basePath } : {}), numberOfApiCallRetries: 0 })
  const pacer = createPacer({ perWindow: perTenSeconds, windowMs: 10_000, marginMs: 50 })
  const paced = async <T>(call: () => Promise<T>): Promise<T> => {
    const done = await pacer.wait()
    try {
      return await call()
    } catch (error) {
      throw toHubSpotError(error)
    } finally {
      done()
    }
  }
  return {
    upsertContacts: async ({ contacts }) => {
      if (contacts.length === 0) return { done: [], refused: [] }
      if (contacts.length > 100) throw new RangeError('HubSpot takes at most 100 contacts per batch')
      const answer = await paced(() => client.crm.contacts.batchApi.upsert({ inputs: contacts.map((c) => ({ idProperty: 'email', id: c.email, properties: c.properties })) }))
      const done = answer.results.map((r) => ({ email: String(r.properties?.email ?? r.id).toLowerCase(), id: r.id, created: Boolean(r._new) }))
      const errors = 'errors' in answer && Array.isArray(answer.errors) ? answer.errors : []
      const refused = errors.flatMap((e) => {
        const named = ids(e.context as Record<string, unknown> | undefined)
        const clean = toHubSpotError({ code: 400, body: { category: e.category, message: e.message } }).message
        return named.length > 0 ? named.map((email) => ({ email: email.toLowerCase(), category: e.category, message: clean })) : [{ category: e.category, message: clean }]
      })
      return { done, refused }
    },
    setSubscription: async ({ email, subscriptionId, subscribed, legalBasis, explanation }) => {
      const request = { emailAddress: email, subscriptionId, ...(legalBasis ? { legalBasis: legalBasis as LegalBasisEnum, legalBasisExplanation: explanation } : {}) }
      try {
        await paced(() => (subscribed ? client.communicationPreferences.statusApi.subscribe(request) : client.communicationPreferences.statusApi.unsubscribe(request)))
        return 'done'
      } catch (error) {
        const e = toHubSpotError(error)
        // HubSpot answers 400 to subscribing someone subscribed (or unsubscribing someone who is not): already so.
        if (e.kind === 'invalid' && /already/i.test(e.message)) return 'unchanged'
        throw e
      }
    },
    gdprDelete: async ({ email }) => {
      try {
        await paced(() => client.crm.contacts.basicApi.purge({ idProperty: 'email', objectId: email }))
        return 'deleted'
      } catch (error) {
        const e = toHubSpotError(error)
        if (e.kind === 'invalid' && e.status === 404) return 'not-found'
        throw e
      }
    },
  }
}
