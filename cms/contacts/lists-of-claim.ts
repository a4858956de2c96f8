import type { ListSummary } from './load-lists'

/** The lists an unsubscribe token names: all of them for '*', else those whose keys it lists (unknown keys ignored). */
export const listsOfClaim = ({ list, lists }: { list: string; lists: ListSummary[] }): ListSummary[] => {
  if (list === '*') return lists
  const keys = new Set(list.split(','))
  return lists.filter((l) => keys.has(l.key))
}
