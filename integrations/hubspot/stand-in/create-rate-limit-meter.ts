export type RateLimits = {
  /** Requests allowed per rolling interval and token (HubSpot's private apps: 100 per 10 seconds). */
  perInterval: number
  intervalMs: number
  /** Requests allowed per day (UTC) and token. */
  daily: number
}

export type RateLimitVerdict = {
  /** Undefined when the request is let through; otherwise the policy it broke, named as HubSpot names it. */
  exceeded?: 'TEN_SECONDLY_ROLLING' | 'DAILY'
  headers: Record<string, string>
}

export type RateLimitMeter = {
  /** Counts the request if it is let through; a refused request is not counted, so waiting is always enough. */
  take: (args: { token: string; now?: number }) => RateLimitVerdict
  limits: () => RateLimits
  setLimits: (limits: Partial<RateLimits>) => void
  reset: () => void
}

const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10)

/**
 * HubSpot's two limits per token: a rolling window (not fixed buckets: a burst at the end of one 10-second slice and
 * the start of the next is still refused) and a daily count. Every authenticated answer carries the
 * X-HubSpot-RateLimit-* headers, the 429s too, with what was left after this request.
 */
export const createRateLimitMeter = ({ limits: initial }: { limits: RateLimits }): RateLimitMeter => {
  let limits = { ...initial }
  const windows = new Map<string, number[]>()
  const days = new Map<string, { day: string; count: number }>()

  const take: RateLimitMeter['take'] = ({ token, now = Date.now() }) => {
    const recent = (windows.get(token) ?? []).filter((at) => at > now - limits.intervalMs)
    windows.set(token, recent)
    const today = dayOf(now)
    const daily = days.get(token)?.day === today ? (days.get(token) as { day: string; count: number }) : { day: today, count: 0 }
    days.set(token, daily)
    const exceeded = daily.count >= limits.daily ? 'DAILY' : recent.length >= limits.perInterval ? 'TEN_SECONDLY_ROLLING' : undefined
    if (!exceeded) {
      recent.push(now)
      daily.count++
    }
    return {
      exceeded,
      headers: {
        'x-hubspot-ratelimit-max': String(limits.perInterval),
        'x-hubspot-ratelimit-remaining': String(Math.max(0, limits.perInterval - recent.length)),
        'x-hubspot-ratelimit-interval-milliseconds': String(limits.intervalMs),
        'x-hubspot-ratelimit-daily': String(limits.daily),
        'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, limits.daily - daily.count)),
      },
    }
  }

  return {
    take,
    limits: () => ({ ...limits }),
    setLimits: (next) => {
      limits = { ...limits, ...Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) }
    },
    reset: () => {
      limits = { ...initial }
      windows.clear()
      days.clear()
    },
  }
}
