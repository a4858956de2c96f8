import type { ICalTZDateStub } from 'ical-generator'

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const wallClockOf = ({ instant, timeZone }: { instant: Date; timeZone: string }): WallClock => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') }
}

/**
 * ical-generator writes a zoned DTSTART from a native Date's *local* getters, i.e. in the server process's time zone,
 * not in the zone it names in TZID. An object that passes its TZDate check (date-fns/tz's shape: `internal`,
 * `withTimeZone`, `tzComponents`) is asked for the wall clock in the named zone instead. This is that shape, without
 * taking on date-fns/tz: the local getters ical-generator reads (year to seconds) answer with the wall clock in
 * `timeZone`, worked out by Intl; everything else is the plain instant.
 */
class ZonedDate extends Date implements ICalTZDateStub {
  readonly internal: Date
  readonly timeZone: string
  private readonly wallClock: WallClock

  constructor({ instant, timeZone }: { instant: Date; timeZone: string }) {
    super(instant.getTime())
    this.internal = new Date(instant.getTime())
    this.timeZone = timeZone
    this.wallClock = wallClockOf({ instant, timeZone })
  }

  withTimeZone(timeZone?: string | null): ZonedDate {
    return new ZonedDate({ instant: this.internal, timeZone: timeZone ?? 'UTC' })
  }

  tzComponents(): WallClock {
    return { ...this.wallClock }
  }

  override getFullYear() {
    return this.wallClock.year
  }
  override getMonth() {
    return this.wallClock.month - 1
  }
  override getDate() {
    return this.wallClock.day
  }
  override getHours() {
    return this.wallClock.hour
  }
  override getMinutes() {
    return this.wallClock.minute
  }
  override getSeconds() {
    return this.wallClock.second
  }
}

/** The instant `instant`, read by ical-generator as the wall clock in `timeZone` whatever the process's TZ is. */
export const zonedDate = ({ instant, timeZone }: { instant: Date; timeZone: string }): ICalTZDateStub => new ZonedDate({ instant, timeZone })
