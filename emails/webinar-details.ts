import { formatEventTime } from '../config/format-event-time'
import type { Locale } from '../config/locales'
import type { MailBlock } from './mail-block'

/** Which webinar and when, as a facts table: the time in Brussels time with the zone named, as on the site. */
export const webinarDetails = ({
  locale,
  copy,
  webinar,
}: {
  locale: Locale
  copy: { webinarLabel: string; whenLabel: string }
  webinar: { title: string; start?: string; durationMinutes?: number }
}): MailBlock => ({
  kind: 'details',
  rows: [
    { label: copy.webinarLabel, value: webinar.title },
    ...(webinar.start ? [{ label: copy.whenLabel, value: formatEventTime({ start: webinar.start, durationMinutes: webinar.durationMinutes, locale }) }] : []),
  ],
})
