/**
 * Spaces requests so this process stays under a provider's requests-per-second limit (a sliding window). The window
 * is a little longer than a second: the provider counts arrivals, and a request that left on time but travelled
 * slower than the fifth one after it would otherwise arrive inside the provider's window and cost a 429 and a
 * second's wait. Several instances each get the full budget: the provider's 429 + retry-after covers the rest.
 */
export const createPacer = ({ perSecond, marginMs = 25 }: { perSecond: number; marginMs?: number }) => {
  const windowMs = 1000 + marginMs
  const sent: number[] = []
  let chain: Promise<void> = Promise.resolve()
  const take = async () => {
    for (;;) {
      const now = Date.now()
      while (sent.length > 0 && now - (sent[0] as number) >= windowMs) sent.shift()
      if (sent.length < perSecond) {
        sent.push(now)
        return
      }
      await new Promise((r) => setTimeout(r, windowMs - (now - (sent[0] as number)) + 1))
    }
  }
  return {
    /** Resolves when one more request may start. */
    wait: (): Promise<void> => {
      const turn = chain.then(take)
      chain = turn
      return turn
    },
  }
}
