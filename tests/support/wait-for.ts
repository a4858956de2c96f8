/** Polls until `check` returns a truthy value (then returns it) or the time is up (then throws with `what`). */
export const waitFor = async <T>({ check, what, timeoutMs = 30_000, everyMs = 100 }: { check: () => Promise<T> | T; what: string; timeoutMs?: number; everyMs?: number }): Promise<NonNullable<T>> => {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  while (Date.now() < deadline) {
    last = await check()
    if (last) return last as NonNullable<T>
    await new Promise((r) => setTimeout(r, everyMs))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`)
}
