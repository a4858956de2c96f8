import { Resend } from 'resend'

export type ProviderTrackingCheck =
  /** The sender's domain tracks neither opens nor clicks. */
  | { state: 'off'; domain: string }
  /** It did; both are now switched off. */
  | { state: 'turned-off'; domain: string; was: { openTracking: boolean; clickTracking: boolean } }
  /** The API key may not read domains (a sending-only key), or the domain is not on the account: check by hand. */
  | { state: 'unknown'; reason: string }

const domainOf = (from: string) => (/@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? '').toLowerCase()

/**
 * Measurement is first-party and bound to consent, so the provider must not track opens or clicks itself: Resend's
 * tracking is a per-domain setting that would rewrite every link and add a pixel for everyone. At start the sender's
 * domain is read and, when tracking is on, switched off. A sending-only key cannot read domains: then the answer
 * says so and the README's setup step is the guard.
 */
export const turnOffProviderTracking = async ({ apiKey, baseUrl, from }: { apiKey: string; baseUrl?: string; from: string }): Promise<ProviderTrackingCheck> => {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined)
  const sender = domainOf(from)
  const listed = await resend.domains.list()
  if (listed.error || !listed.data) return { state: 'unknown', reason: listed.error ? `${listed.error.name}: ${listed.error.message}` : 'no answer' }
  // The domain itself, or the verified parent of a sending subdomain.
  const domain = listed.data.data.filter((d) => sender === d.name || sender.endsWith(`.${d.name}`)).sort((a, b) => b.name.length - a.name.length)[0]
  if (!domain) return { state: 'unknown', reason: `the sender's domain ${sender} is not on this Resend account` }
  const was = { openTracking: Boolean(domain.open_tracking), clickTracking: Boolean(domain.click_tracking) }
  if (!was.openTracking && !was.clickTracking) return { state: 'off', domain: domain.name }
  const updated = await resend.domains.update({ id: domain.id, openTracking: false, clickTracking: false })
  if (updated.error) return { state: 'unknown', reason: `tracking is on for ${domain.name} and could not be switched off (${updated.error.name}: ${updated.error.message})` }
  return { state: 'turned-off', domain: domain.name, was }
}
