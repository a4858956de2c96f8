const firstMs = 5_000
const capMs = 10 * 60_000

/**
 * The wait after a task's failure, given how often it was tried before: 5 s, doubling, never more than 10 minutes,
 * so a long outage is retried every 10 minutes rather than after ever longer silences.
 */
export const retryDelayMs = ({ tried }: { tried: number }): number => (tried >= 20 ? capMs : Math.min(firstMs * 2 ** Math.max(0, tried), capMs))
