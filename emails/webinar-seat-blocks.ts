import type { Locale } from '../config/locales'
import type { MailBlock } from './mail-block'
import { webinarDetails } from './webinar-details'
import type { webinarSeatCopy } from './webinar-seat-copy'

type SeatCopy = (typeof webinarSeatCopy)[Locale]

/**
 * The body of every mail that carries a seat's join link: which webinar and when, its page, the join button with
 * the "this link is yours" warning, calendar links, and how to give the seat back. Optional parts are left out when
 * the mail has no such link (the 1-hour reminder offers no cancelling, for instance).
 */
export const webinarSeatBlocks = ({
  locale,
  copy,
  seat,
}: {
  locale: Locale
  copy: SeatCopy
  seat: {
    title: string
    start: string
    durationMinutes: number
    joinUrl: string
    detailUrl?: string
    cancelUrl?: string
    calendar?: { google: string; outlook: string }
  }
}): MailBlock[] => [
  webinarDetails({ locale, copy, webinar: seat }),
  ...(seat.detailUrl ? [{ kind: 'links' as const, items: [{ label: copy.detailLink, url: seat.detailUrl }] }] : []),
  { kind: 'paragraph', text: copy.joinIntro },
  { kind: 'button', label: copy.joinButton, url: seat.joinUrl },
  ...(seat.calendar
    ? [
        { kind: 'paragraph' as const, text: copy.calendarIntro },
        {
          kind: 'links' as const,
          items: [
            { label: copy.googleCalendar, url: seat.calendar.google },
            { label: copy.outlookCalendar, url: seat.calendar.outlook },
          ],
        },
      ]
    : []),
  ...(seat.cancelUrl
    ? [
        { kind: 'paragraph' as const, text: copy.cancelIntro },
        { kind: 'links' as const, items: [{ label: copy.cancelLink, url: seat.cancelUrl }] },
      ]
    : []),
]
