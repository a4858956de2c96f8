import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'
import { webinarDetails } from '../webinar-details'
import { webinarDetailsCopy } from '../webinar-details-copy'
import { webinarFields } from '../webinar-fields'
import { webinarSample } from '../webinar-sample'

const nl = {
  ...webinarDetailsCopy.nl,
  subject: 'Je staat op de wachtlijst: {title}',
  preheader: 'Het webinar is volgeboekt. Komt er een plaats vrij, dan laten we het je meteen weten.',
  intro: 'Bedankt voor je inschrijving. Het webinar is helaas volgeboekt, daarom staat je naam op de wachtlijst.',
  position: 'Je staat op plaats {position} van de wachtlijst.',
  next: 'Komt er een plaats vrij, dan krijg je die vanzelf en mailen we je meteen je persoonlijke link om deel te nemen. Je hoeft zelf niets te doen.',
  detailLink: 'Programma en praktische info op de pagina van het webinar',
  leaveIntro: 'Wil je toch niet meer op de wachtlijst staan? Dan kun je je hier afmelden:',
  leaveLink: 'Van de wachtlijst gaan',
}

/**
 * A registration for a full webinar: a place on the waitlist, no seat and therefore no join link. The join link
 * comes with webinar-promoted when a seat frees up.
 */
export const webinarWaitlisted = defineMailTemplate({
  id: 'webinar-waitlisted',
  category: 'transactional',
  description: 'Webinars: the webinar is full, the person is on the waitlist',
  props: z.object({
    title: webinarFields.title,
    start: webinarFields.start,
    durationMinutes: webinarFields.durationMinutes,
    /** 1 is next in line; left out when the position is not worth saying (or not known). */
    position: z.number().int().min(1).optional(),
    detailUrl: httpUrl,
    cancelUrl: httpUrl,
  }),
  sample: ({ locale }) => ({ ...webinarSample({ locale }), position: 3 }),
  copy: {
    nl,
    fr: {
      ...webinarDetailsCopy.fr,
      subject: 'Vous êtes sur la liste d’attente : {title}',
      preheader: 'Le webinaire est complet. Si une place se libère, nous vous prévenons aussitôt.',
      intro: 'Merci de votre inscription. Le webinaire est malheureusement complet : vous êtes donc sur la liste d’attente.',
      position: 'Vous êtes en position {position} sur la liste d’attente.',
      next: 'Si une place se libère, elle vous est attribuée automatiquement et nous vous envoyons aussitôt votre lien personnel pour participer. Vous n’avez rien à faire.',
      detailLink: 'Programme et infos pratiques sur la page du webinaire',
      leaveIntro: 'Vous ne souhaitez plus figurer sur la liste d’attente ? Vous pouvez vous retirer ici :',
      leaveLink: 'Quitter la liste d’attente',
    } satisfies typeof nl,
    en: {
      ...webinarDetailsCopy.en,
      subject: 'You are on the waitlist: {title}',
      preheader: 'The webinar is full. If a seat frees up, we will let you know straight away.',
      intro: 'Thank you for registering. Unfortunately the webinar is full, so you are on the waitlist.',
      position: 'You are number {position} on the waitlist.',
      next: 'If a seat frees up, it goes to you automatically and we mail you your personal link to join straight away. There is nothing you need to do.',
      detailLink: 'Programme and practical details on the webinar page',
      leaveIntro: 'No longer want to be on the waitlist? You can leave it here:',
      leaveLink: 'Leave the waitlist',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) =>
    composeLetter({
      copy,
      subject: fillCopy(copy.subject, { title: props.title }),
      blocks: [
        webinarDetails({ locale, copy, webinar: props }),
        { kind: 'links', items: [{ label: copy.detailLink, url: props.detailUrl }] },
        ...(props.position ? [{ kind: 'paragraph' as const, text: fillCopy(copy.position, { position: props.position }) }] : []),
        { kind: 'paragraph', text: copy.next },
        { kind: 'paragraph', text: copy.leaveIntro },
        { kind: 'links', items: [{ label: copy.leaveLink, url: props.cancelUrl }] },
      ],
    }),
})
