import type { Locale, Organisation, WebinarView } from './content'

/** schema.org Event for a webinar page: online only, organised by the organisation named in the privacy policy. */
export const webinarEventJsonLd = ({ webinar, organisation, siteUrl, locale }: { webinar: Omit<WebinarView, 'description'>; organisation: Organisation; siteUrl: string; locale: Locale }) => {
  const url = `${siteUrl}/${locale}/webinars/${webinar.slug}`
  const end = new Date(new Date(webinar.start).getTime() + webinar.durationMinutes * 60_000).toISOString()
  const status = webinar.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled'
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: webinar.title,
    description: webinar.summary ?? undefined,
    startDate: webinar.start,
    endDate: end,
    eventStatus: status,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    inLanguage: webinar.language,
    url,
    location: { '@type': 'VirtualLocation', url },
    isAccessibleForFree: true,
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url, availability: webinar.registrationOpen && webinar.seatsLeft !== 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut' },
    organizer: { '@type': 'Organization', name: organisation.legalName, url: `${siteUrl}/` },
    performer: (webinar.speakers ?? []).map((s) => ({ '@type': 'Person', name: s.name })),
  }
}
