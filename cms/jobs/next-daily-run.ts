/** The next moment at `hourUtc`:00 UTC strictly after `now`: when a daily job is due. */
export const nextDailyRun = ({ now, hourUtc }: { now: Date; hourUtc: number }): Date => {
  const run = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc))
  if (run.getTime() <= now.getTime()) run.setUTCDate(run.getUTCDate() + 1)
  return run
}
