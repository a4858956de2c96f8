/**
 * How long a provider asked us to wait: `retry-after` in seconds or as an HTTP date, else `ratelimit-reset`
 * (seconds). Undefined when neither says anything usable.
 */
export const parseRetryAfter = ({ headers, now = Date.now() }: { headers: Record<string, string> | null | undefined; now?: number }): number | undefined => {
  if (!headers) return undefined
  const get = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]?.trim()
  const retryAfter = get('retry-after')
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000)
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  const reset = get('ratelimit-reset')
  if (reset && /^\d+(\.\d+)?$/.test(reset)) return Math.round(Number(reset) * 1000)
  return undefined
}
