/** At most one confirmation mail per address in this window, however often the form is posted. */
export const confirmMailIntervalMs = 10 * 60_000

/** True when the last confirmation mail to this person went out less than the interval ago. */
export const confirmMailTooSoon = ({ lastConfirmMailAt, now = new Date() }: { lastConfirmMailAt?: string | null; now?: Date }): boolean =>
  Boolean(lastConfirmMailAt) && now.getTime() - new Date(lastConfirmMailAt as string).getTime() < confirmMailIntervalMs
