/**
 * Spaces requests so this process stays under a provider's rolling-window limit: at most `perWindow` requests in any
 * window of `windowMs` (Resend: per second; HubSpot: per 10 seconds), plus a small margin. The provider counts a
 * request when it arrives, which is some time after it left; so a request's slot is dated by when its answer came
 * back (`done`), which is after it arrived. Dating slots by departure instead lets a request that travelled slowly
 * land inside the provider's window of a later one, costing a 429 and a window's wait. Several instances each get the full budget: the provider's 429 +
 * retry-after covers the rest.
 */
export const createPacer = ({ perWindow, windowMs = 1000, marginMs = 10 }: { perWindow: number; windowMs?: number; marginMs?: number }) => {
  const span = windowMs + marginMs
  const slots: { at: number }[] = []
  let chain: Promise<unknown> = Promise.resolve()
  const take = async (): Promise<() => void> => {
    for (;;) {
      const now = Date.now()
      for (let i = slots.length - 1; i >= 0; i--) if (now - (slots[i] as { at: number }).at >= span) slots.splice(i, 1)
      if (slots.length < perWindow) {
        const slot = { at: now }
        slots.push(slot)
        return () => {
          slot.at = Math.max(slot.at, Date.now())
        }
      }
      const oldest = Math.min(...slots.map((s) => s.at))
      await new Promise((r) => setTimeout(r, span - (now - oldest) + 1))
    }
  }
  return {
    /** Resolves when one more request may start, with the function to call when its answer (or failure) is in. */
    wait: (): Promise<() => void> => {
      const turn = chain.then(take)
      chain = turn
      return turn
    },
  }
}
