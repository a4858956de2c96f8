/**
 * Why a scheduled publish or unpublish cannot be accepted: its moment has already passed, so the job would run at
 * once — a "scheduled" change that reaches visitors immediately. Undefined when the date is acceptable.
 */
export const pastScheduleMessage = ({ type, date, now = new Date() }: { type: 'publish' | 'unpublish'; date: Date; now?: Date }): string | undefined => {
  if (Number.isNaN(date.getTime())) return `The scheduled ${type} date is not a valid date. Pick a date and time in the future.`
  if (date.getTime() > now.getTime()) return undefined
  return `The scheduled ${type} date (${date.toISOString().slice(0, 16).replace('T', ' ')} UTC) is in the past. Pick a date and time in the future; nothing was scheduled.`
}
