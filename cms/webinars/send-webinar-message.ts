import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { linkSettingsOf } from '../links/link-settings'
import { queueMail } from '../mail'
import type { Webinar } from '../payload-types'
import { forEachRegistration } from './for-each-registration'

/**
 * The organisers' message to a webinar's confirmed seats (queued by the admin form as one job): one `webinar-message`
 * mail each, in the person's language, about the webinar as it is now. Keyed by the message id and the registration,
 * so a retried job, or the form posted twice with the same id, sends each person one. Returns how many were queued.
 */
export const sendWebinarMessage = async ({
  payload,
  webinarId,
  messageId,
  subject,
  body,
}: {
  payload: Payload
  webinarId: number | string
  messageId: string
  subject: string
  body: string
}): Promise<number> => {
  const read = async (locale?: Locale) =>
    (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true, ...(locale ? { locale } : {}) })).docs[0] as Webinar | undefined
  const webinar = await read()
  if (!webinar) return 0
  const inLocale = new Map<Locale, Webinar>()
  const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
  return forEachRegistration({
    payload,
    webinar,
    statuses: ['confirmed'],
    each: async ({ registration, contact }) => {
      const locale = registration.locale as Locale
      if (!inLocale.has(locale)) inLocale.set(locale, (await read(locale)) ?? webinar)
      const localised = inLocale.get(locale) ?? webinar
      await queueMail({
        payload,
        template: 'webinar-message',
        locale,
        to: contact.email,
        name: contact.name,
        subscriberId: contact.id,
        props: {
          title: localised.title,
          start: new Date(localised.start).toISOString(),
          durationMinutes: localised.durationMinutes,
          detailUrl: `${base}/${locale}/webinars/${localised.slug}`,
          subject,
          body,
        },
        idempotencyKey: `webinar-message:${messageId}:${registration.key}`,
      })
    },
  })
}
