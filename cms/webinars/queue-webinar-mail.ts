import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { loadOrganisationDetails } from '../content'
import { linkSettingsOf } from '../links/link-settings'
import { createWebinarCancelToken } from '../links/webinar-cancel-token'
import { queueMail } from '../mail'
import type { OrganisationDetails } from '../../emails/organisation-details'
import type { Contact, Webinar, WebinarRegistration } from '../payload-types'
import { buildWebinarInvite } from './build-webinar-invite'
import { calendarLinks } from './calendar-links'
import { webinarInviteUid } from './webinar-invite-uid'

/** The service mails of a registration (under the contract of registering: no marketing consent, no marketing). */
/**
 * What one round of mails (a reminder, a change, the replay) reads once instead of once per person: the webinar in
 * each language and the organisation settings. Made fresh per round, so a round never mails what an earlier one read.
 */
export type WebinarMailRound = { webinars: Map<Locale, Webinar>; organisation?: OrganisationDetails }
export const newWebinarMailRound = (): WebinarMailRound => ({ webinars: new Map() })

export type WebinarMailKind = 'registered' | 'waitlisted' | 'promoted' | 'registration-cancelled' | 'updated' | 'cancelled' | 'reminder-24h' | 'reminder-1h' | 'replay'

/**
 * Queues one webinar mail to one registrant, in their language, inside the caller's transaction: the template's
 * props from the webinar as it is now (read again in the person's language), the private join link and the calendar
 * invitation only for a confirmed seat, a cancellation invitation when the webinar is called off. The idempotency
 * key names the registration, the kind and the calendar sequence, so a retried job sends once and every real change
 * sends anew.
 */
export const queueWebinarMail = async ({
  payload,
  kind,
  webinar: given,
  registration,
  contact,
  changes,
  position,
  round,
  req,
  now = new Date(),
}: {
  payload: Payload
  kind: WebinarMailKind
  webinar: Webinar
  registration: WebinarRegistration
  contact: Contact
  /** For 'updated': what changed. */
  changes?: ('time' | 'link')[]
  /** For 'waitlisted': the place in line (1 is next). */
  position?: number
  /** Shared by the mails of one round (see WebinarMailRound); a single mail reads everything itself. */
  round?: WebinarMailRound
  req?: PayloadRequest
  now?: Date
}): Promise<void> => {
  const locale = registration.locale as Locale
  const webinar =
    round?.webinars.get(locale) ??
    ((
      await payload.find({
        collection: 'webinars',
        where: { id: { equals: given.id } },
        limit: 1,
        depth: 0,
        draft: false,
        overrideAccess: true,
        locale,
        req,
        // What the mails say: the whole document would join every block and translation table.
        select: { title: true, slug: true, summary: true, start: true, durationMinutes: true, joinUrl: true, replayUrl: true, sequence: true },
      })
    ).docs[0] as Webinar | undefined) ??
    given
  round?.webinars.set(locale, webinar)
  const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
  const detailUrl = `${base}/${locale}/webinars/${webinar.slug}`
  const cancelUrl = `${base}/${locale}/webinars/cancel?token=${createWebinarCancelToken({ secret: payload.secret, registrationKey: registration.key, now })}`
  const durationMinutes = webinar.durationMinutes
  const facts = { title: webinar.title, start: new Date(webinar.start).toISOString(), durationMinutes }
  const organisation = round?.organisation ?? (await loadOrganisationDetails({ payload }))
  if (round) round.organisation = organisation
  const host = new URL(base).hostname
  // Attachments travel base64-encoded (the mail port's and Resend's form).
  const invite = ({ method, joinUrl }: { method: 'REQUEST' | 'CANCEL'; joinUrl?: string }) => {
    const ics = buildWebinarInvite({
      method,
      uid: webinarInviteUid({ webinarId: webinar.id, host }),
      sequence: webinar.sequence ?? 0,
      start: new Date(webinar.start),
      durationMinutes,
      title: webinar.title,
      description: webinar.summary ?? '',
      detailUrl,
      joinUrl,
      organiser: { name: organisation.legalName, email: organisation.email },
      attendee: { name: contact.name ?? undefined, email: contact.email },
      now,
    })
    return { filename: ics.filename, contentType: ics.contentType, content: Buffer.from(ics.content, 'utf8').toString('base64') }
  }
  const seat = () => {
    if (!webinar.joinUrl) throw new Error(`webinar ${webinar.id} has no join link: a confirmed seat cannot be mailed without one`)
    const links = calendarLinks({ title: webinar.title, start: new Date(webinar.start), durationMinutes, details: detailUrl, location: webinar.joinUrl })
    return { ...facts, joinUrl: webinar.joinUrl, detailUrl, cancelUrl, calendar: { google: links.google, outlook: links.outlook } }
  }
  const common = { payload, locale, to: contact.email, name: contact.name, subscriberId: contact.id, organisation, req }
  const key = `webinar-${kind}:${registration.key}:${webinar.sequence ?? 0}${kind === 'registered' || kind === 'waitlisted' ? `:${registration.registeredAt}` : ''}`
  switch (kind) {
    case 'registered':
    case 'promoted':
      await queueMail({ ...common, template: kind === 'registered' ? 'webinar-registered' : 'webinar-promoted', props: seat(), idempotencyKey: key, attachments: [invite({ method: 'REQUEST', joinUrl: webinar.joinUrl ?? undefined })] })
      return
    case 'updated':
      await queueMail({ ...common, template: 'webinar-updated', props: { ...seat(), changes: changes ?? ['time'] }, idempotencyKey: key, attachments: [invite({ method: 'REQUEST', joinUrl: webinar.joinUrl ?? undefined })] })
      return
    case 'waitlisted':
      await queueMail({ ...common, template: 'webinar-waitlisted', props: { ...facts, detailUrl, cancelUrl, ...(position ? { position } : {}) }, idempotencyKey: key })
      return
    case 'registration-cancelled':
      await queueMail({ ...common, template: 'webinar-registration-cancelled', props: { ...facts, detailUrl }, idempotencyKey: `${key}:${registration.cancelledAt ?? ''}` })
      return
    case 'reminder-24h':
    case 'reminder-1h': {
      const { joinUrl, calendar } = seat()
      // Keyed by the start too: a rescheduled webinar reminds again for its new time.
      const reminderKey = `webinar-${kind}:${registration.key}:${facts.start}`
      if (kind === 'reminder-24h') await queueMail({ ...common, template: 'webinar-reminder', props: { ...facts, when: '24h', joinUrl, cancelUrl, calendar }, idempotencyKey: reminderKey })
      else await queueMail({ ...common, template: 'webinar-reminder', props: { ...facts, when: '1h', joinUrl, calendar }, idempotencyKey: reminderKey })
      return
    }
    case 'replay':
      if (!webinar.replayUrl) throw new Error(`webinar ${webinar.id} has no replay link`)
      await queueMail({ ...common, template: 'webinar-replay', props: { title: webinar.title, replayUrl: webinar.replayUrl, attended: Boolean(registration.attended) }, idempotencyKey: `webinar-replay:${registration.key}` })
      return
    case 'cancelled':
      await queueMail({
        ...common,
        template: 'webinar-cancelled',
        props: { ...facts, listingUrl: `${base}/${locale}/webinars` },
        idempotencyKey: key,
        ...(registration.status === 'confirmed' ? { attachments: [invite({ method: 'CANCEL' })] } : {}),
      })
  }
}
