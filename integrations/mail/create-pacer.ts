/**
 * Spaces requests so this process stays under a provider's requests-per-second limit (a sliding one-second
 * window). Several instances each get the full budget: the provider's 429 + retry-after covers the rest.
 */
export const createPacer = ({ perSecond }: { perSecond: number }) => {
  const sent: number[] = []
  let chain: Promise<void> = Promise.resolve()
  const take = async () => {
    for (;;) {
      const now = Date.now()
      while (sent.length > 0 && now - (sent[0] as number) >= 1000) sent.shift()
      if (sent.length < perSecond) {
        sent.push(now)
        return
      }
      await new Promise((r) => setTimeout(r, 1000 - (now - (sent[0] as number)) + 1))
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
