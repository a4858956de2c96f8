const pad = (n: number) => String(n).padStart(2, '0')

/** A Date as a `datetime-local` value in the browser's time zone ("2026-12-02T09:30"), e.g. for the input's `min`. */
export const toLocalInputValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`

// The server refuses less than a minute ahead (time to change one's mind); saying so here saves a round trip.
const minLeadMs = 60_000

/**
 * The input's local date-time as the ISO instant the server expects. Checked here too so a past time gets its message
 * at once; the server checks again (the clock of the browser is not to be trusted).
 */
export const parseScheduleInput = ({ value, now = new Date() }: { value: string; now?: Date }): { ok: true; at: string } | { ok: false; error: string } => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return { ok: false, error: 'Choose a date and a time to send it.' }
  // Without an offset, ECMAScript reads a date-time as local time: the time the marketer sees in the input.
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return { ok: false, error: 'Choose a date and a time to send it.' }
  if (at.getTime() <= now.getTime()) return { ok: false, error: 'That time has passed: choose a time in the future.' }
  if (at.getTime() < now.getTime() + minLeadMs) return { ok: false, error: 'That is less than a minute away: choose a later time, or send now.' }
  return { ok: true, at: at.toISOString() }
}
