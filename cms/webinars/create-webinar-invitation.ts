import type { Payload, PayloadRequest } from 'payload'

import { formatEventTime } from '../../config/format-event-time'
import type { Locale } from '../../config/locales'
import { DomainError } from '../errors'
import { linkSettingsOf } from '../links/link-settings'
import type { Webinar } from '../payload-types'

const wording: Record<Locale, { subject: string; button: string }> = {
  nl: { subject: 'Uitnodiging: {title}', button: 'Schrijf je gratis in' },
  fr: { subject: 'Invitation : {title}', button: 'Inscrivez-vous gratuitement' },
  en: { subject: 'Invitation: {title}', button: 'Register for free' },
}

/**
 * "Invite a list": a draft campaign announcing the webinar, for the marketer to finish and send through the
 * campaign's own actions (nothing leaves here). Written in the webinar's language and sent only to readers of it: a
 * Dutch-spoken webinar is no invitation for French readers. Lists: those new sign-ups get by default, else every
 * list; the marketer narrows them. The button leads to the public page, so the webinar must be published.
 */
export const createWebinarInvitation = async ({ payload, webinarId, req }: { payload: Payload; webinarId: number | string; req?: PayloadRequest }): Promise<{ id: number | string; name: string }> => {
  const any = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, overrideAccess: true, select: { language: true } })).docs[0]
  if (!any) throw new DomainError({ code: 'webinar.not-found' })
  const locale = (any.language ?? 'nl') as Locale
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, draft: false, overrideAccess: true, locale })).docs[0] as Webinar | undefined
  if (!webinar || webinar._status !== 'published' || !webinar.slug) throw new DomainError({ code: 'webinar.not-published' })
  const defaults = await payload.find({ collection: 'newsletter-lists', where: { defaultForNew: { equals: true } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { key: true } })
  const lists = defaults.docs.length > 0 ? defaults.docs : (await payload.find({ collection: 'newsletter-lists', pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { key: true } })).docs
  if (lists.length === 0) throw new DomainError({ code: 'webinar.invite-no-list' })
  const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')
  const title = webinar.title.slice(0, 200)
  const words = wording[locale]
  const when = formatEventTime({ start: webinar.start, durationMinutes: webinar.durationMinutes, locale })
  const name = `Invitation: ${webinar.title}`.slice(0, 120)
  const campaign = await payload.create({
    collection: 'campaigns',
    locale,
    data: {
      name,
      lists: lists.map((l) => l.id),
      languages: [locale],
      subject: words.subject.replace('{title}', title).slice(0, 200),
      content: [
        { blockType: 'heading', text: title },
        { blockType: 'paragraph', text: [when, webinar.summary ?? ''].filter(Boolean).join('\n\n').slice(0, 5000) },
        { blockType: 'button', label: words.button, url: `${base}/${locale}/webinars/${webinar.slug}` },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: campaign.id, name }
}
