export type Release = () => void

export type WriteLock = {
  /** Resolves with the release once every earlier writer is done; rejects after `timeoutMs` instead of hanging. */
  acquire: (args: { timeoutMs: number }) => Promise<Release>
}

/**
 * A FIFO async lock: one writer at a time inside this process. A writer that waits longer than its timeout leaves
 * the queue and fails with a clear error: a stuck holder must never freeze every later write silently.
 */
export const createWriteLock = (): WriteLock => {
  let held = false
  const waiting: Array<() => void> = []
  const releaseOnce = (): Release => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      if (next) next()
      else held = false
    }
  }
  return {
    acquire: ({ timeoutMs }) => {
      if (!held) {
        held = true
        return Promise.resolve(releaseOnce())
      }
      return new Promise<Release>((resolve, reject) => {
        const grant = () => {
          clearTimeout(timer)
          resolve(releaseOnce())
        }
        const timer = setTimeout(() => {
          const index = waiting.indexOf(grant)
          if (index >= 0) waiting.splice(index, 1)
          reject(new Error(`database write lock: still busy after ${timeoutMs} ms (another write or transaction holds it); nothing was written`))
        }, timeoutMs)
        waiting.push(grant)
      })
    },
  }
}
