// "2026-12-10 20:05": sorts as text and every spreadsheet reads it as a date; Brussels time, as the site shows times.
const minute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })

/** A stored date-time as an export cell ("" when there is none). */
export const spreadsheetTime = (value: string | null | undefined): string => (value ? minute.format(new Date(value)) : '')

/** The Brussels day, "2026-12-10": export file names. */
export const spreadsheetDay = (date: Date): string => day.format(date)
