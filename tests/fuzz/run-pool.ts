/** Runs `work` over `items` with at most `concurrency` in flight, in order of the items. */
export const runPool = async <T>({ items, concurrency, work }: { items: T[]; concurrency: number; work: (item: T) => Promise<void> }): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}
