import { HubSpotError } from './hubspot-error'

type Thrown = { code?: unknown; body?: unknown; headers?: Record<string, string>; message?: unknown }

const parse = (body: unknown): { message?: string; policyName?: string; category?: string } => {
  if (typeof body === 'string') {
    try {
      return parse(JSON.parse(body))
    } catch {
      return { message: body }
    }
  }
  return body && typeof body === 'object' ? (body as { message?: string; policyName?: string; category?: string }) : {}
}

/**
 * What the client threw, as a HubSpotError: the status from its ApiException (`code`), HubSpot's error body
 * (`policyName` of a 429, `category`, `message`), and `Retry-After` when given. Anything without a status (DNS, a
 * reset connection, a timeout) is `unavailable`.
 */
export const toHubSpotError = (error: unknown): HubSpotError => {
  if (error instanceof HubSpotError) return error
  const e = (error ?? {}) as Thrown
  const status = typeof e.code === 'number' ? e.code : 0
  const body = parse(e.body)
  const message = `${status || 'no answer'}: ${body.category ?? ''} ${body.message ?? (typeof e.message === 'string' ? e.message : 'HubSpot did not answer')}`.trim()
  if (status === 429) {
    const retryAfter = Number(e.headers?.['retry-after'] ?? e.headers?.['Retry-After'])
    const policyName = body.policyName ?? 'TEN_SECONDLY_ROLLING'
    const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : policyName === 'DAILY' ? undefined : 10_000
    return new HubSpotError({ kind: 'rate-limited', status, message, policyName, retryAfterMs })
  }
  if (status === 401 || status === 403) return new HubSpotError({ kind: 'unauthorized', status, message })
  if (status === 0 || status >= 500) return new HubSpotError({ kind: 'unavailable', status, message })
  return new HubSpotError({ kind: 'invalid', status, message })
}
