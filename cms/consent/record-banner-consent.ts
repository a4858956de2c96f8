import type { Payload } from 'payload'
import { z } from 'zod'

import { locales } from '../../config/locales'
import { processorRegistry } from '../../config/processors/processor-registry'
import { currentPolicyVersion } from '../policy'
import { sha256 } from '../../config/sha256'
import { DomainError } from '../errors'
import { appendConsentRecord } from './append-consent-record'

const category = z.enum(['necessary', 'analytics', 'marketing'])
const choiceSchema = z
  .object({
    consentId: z.uuid(),
    eventId: z.uuid(),
    action: z.enum(['given', 'updated']),
    revision: z.number().int().min(1),
    locale: z.enum(locales),
    acceptedCategories: z.array(category).max(3),
    rejectedCategories: z.array(category).max(3),
    acceptedServices: z.record(z.string().max(40), z.array(z.string().max(40)).max(10)),
  })
  .strict()

/**
 * Records a choice the cookie banner reports. Refused, and the ledger left unchanged: malformed or unknown data,
 * categories both accepted and refused, services that are not the registry's for that category, a revision that is
 * not the current one (a replayed or forged post): each throws a DomainError (consent.invalid-choice,
 * consent.unknown-service, consent.stale-revision). The same event posted twice is recorded once.
 */
export const recordBannerConsent = async ({
  payload,
  body,
  ip,
  userAgent,
}: {
  payload: Payload
  body: unknown
  ip?: string
  userAgent?: string
}): Promise<void> => {
  const parsed = choiceSchema.safeParse(body)
  if (!parsed.success) throw new DomainError({ code: 'consent.invalid-choice' })
  const choice = parsed.data
  const accepted = new Set(choice.acceptedCategories)
  if (!accepted.has('necessary') || choice.rejectedCategories.some((c) => accepted.has(c))) throw new DomainError({ code: 'consent.invalid-choice' })
  for (const [cat, services] of Object.entries(choice.acceptedServices)) {
    // The banner reports every category, refused ones with no services.
    if (services.length === 0) continue
    const known = processorRegistry.filter((p) => p.category === cat).map((p) => p.id)
    if ((cat !== 'necessary' && !accepted.has(cat as 'analytics')) || services.some((s) => !known.includes(s))) throw new DomainError({ code: 'consent.unknown-service' })
  }
  const settings = (await payload.findGlobal({ slug: 'consent-settings', locale: choice.locale, depth: 0, overrideAccess: true })) as {
    revision?: number
    banner?: Record<string, unknown>
  }
  if (choice.revision !== (settings.revision ?? 1)) throw new DomainError({ code: 'consent.stale-revision' })
  const policy = (await currentPolicyVersion({ payload, kind: 'cookie' })) ?? (await currentPolicyVersion({ payload, kind: 'privacy' }))
  // Every record names the exact policy text in force; before one is published there is nothing to consent to.
  if (!policy) throw new DomainError({ code: 'consent.no-policy' })
  const wording = JSON.stringify(settings.banner ?? {}, Object.keys(settings.banner ?? {}).sort())
  const services = Object.entries(choice.acceptedServices).flatMap(([cat, list]) => list.map((s) => `${cat}:${s}`))
  await appendConsentRecord({
    payload,
    input: {
      subjectRef: `banner:${choice.consentId}`,
      eventId: choice.eventId,
      source: 'banner',
      action: choice.action,
      granted: [...choice.acceptedCategories, ...services],
      refused: choice.rejectedCategories,
      policy: { id: policy.id, hash: policy.hashes[choice.locale] ?? policy.hashes.nl ?? '' },
      wording: { id: `banner-r${choice.revision}-${choice.locale}`, hash: sha256({ text: wording }) },
      locale: choice.locale,
      ip,
      userAgent,
    },
  })
}
