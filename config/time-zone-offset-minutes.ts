const formatters = new Map<string, Intl.DateTimeFormat>()

// en-US with numeric fields and a 24-hour clock: its parts are plain digits on every ICU build, so they can be read
// back as numbers (unlike zone names, which differ per locale and per ICU version).
const numericFormatter = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * How far a time zone's wall clock is ahead of UTC at one instant, in minutes (Europe/Brussels: 60 in winter, 120 in
 * summer): the wall-clock fields read as if they were UTC, minus the instant itself.
 */
export const timeZoneOffsetMinutes = ({ date, timeZone }: { date: Date; timeZone: string }): number => {
  const parts = Object.fromEntries(numericFormatter(timeZone).formatToParts(date).map((p) => [p.type, Number(p.value)]))
  const wallClockAsUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  const instant = Math.floor(date.getTime() / 1000) * 1000
  return Math.round((wallClockAsUtc - instant) / 60_000)
}
