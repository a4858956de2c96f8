/**
 * How long the application asked us to wait (`Retry-After`: seconds or an HTTP date), or undefined. The mail
 * integration has its own: integrations never import each other.
 */
export const parseRetryAfter = ({ value, now = Date.now() }: { value: string | null; now?: number }): number | undefined => {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
