import type { UnreadableData } from './find-unreadable-data'

/** The one line a start (or the rotation command) refuses with when stored data is under a key it lacks. */
export const unreadableDataProblem = ({ found }: { found: UnreadableData[] }): string => {
  const total = found.reduce((sum, f) => sum + f.count, 0)
  const first = found[0] as UnreadableData
  return `DATA_ENCRYPTION_KEY: ${total} stored personal values (e.g. ${first.collection}.${first.field}) are encrypted under key ${first.keyId}, which is not configured — start with the key this database was written with (while a rotation runs, the old key goes in DATA_ENCRYPTION_KEY_PREVIOUS)`
}
