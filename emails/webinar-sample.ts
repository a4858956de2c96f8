import type { Locale } from '../config/locales'

const titles: Record<Locale, string> = {
  nl: 'Je eerste videoconsultatie in 30 minuten',
  fr: 'Votre première consultation vidéo en 30 minutes',
  en: 'Your first video consultation in 30 minutes',
}

/** One realistic webinar for the admin preview and "send me a test" of every webinar mail. */
export const webinarSample = ({ locale }: { locale: Locale }) => {
  const title = titles[locale]
  const start = '2026-12-10T19:00:00.000Z'
  const text = encodeURIComponent(title)
  return {
    title,
    start,
    durationMinutes: 60,
    joinUrl: `https://www.myplugin.app/${locale}/webinars/join?token=sample-join`,
    detailUrl: `https://www.myplugin.app/${locale}/webinars/first-video-consultation`,
    cancelUrl: `https://www.myplugin.app/${locale}/webinars/cancel?token=sample-cancel`,
    listingUrl: `https://www.myplugin.app/${locale}/webinars`,
    replayUrl: `https://www.myplugin.app/${locale}/webinars/first-video-consultation/replay`,
    calendar: {
      google: `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${text}&dates=20261210T190000Z/20261210T200000Z`,
      outlook: `https://outlook.live.com/calendar/0/deeplink/compose?subject=${text}&startdt=2026-12-10T19:00:00Z&enddt=2026-12-10T20:00:00Z`,
    },
  }
}
