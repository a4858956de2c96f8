/**
 * Why a HubSpot call did not happen, as the sync needs to know it:
 * - `rate-limited`: a 429; `policyName` says which limit (TEN_SECONDLY_ROLLING: wait out the window; DAILY: wait for
 *   tomorrow), `retryAfterMs` how long;
 * - `unavailable`: 5xx, a timeout or no answer: retry with backoff;
 * - `unauthorized`: the token is missing, wrong or revoked (401/403): nothing will work until someone fixes it;
 * - `invalid`: HubSpot refused the request itself (400/404/409…): retrying the same request changes nothing.
 * The message never holds an address (HubSpot's own messages name them): it is logged and stored.
 */
export class HubSpotError extends Error {
  readonly kind: 'rate-limited' | 'unavailable' | 'unauthorized' | 'invalid'
  readonly status: number
  readonly policyName?: string
  readonly retryAfterMs?: number

  constructor({ kind, status, message, policyName, retryAfterMs }: { kind: HubSpotError['kind']; status: number; message: string; policyName?: string; retryAfterMs?: number }) {
    super(message.replace(/[^\s@"'<>]+@[^\s@"'<>]+/g, '<address>').slice(0, 300))
    this.name = 'HubSpotError'
    this.kind = kind
    this.status = status
    this.policyName = policyName
    this.retryAfterMs = retryAfterMs
  }
}
