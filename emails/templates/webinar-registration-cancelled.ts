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
  subject: 'Je inschrijving is geannuleerd: {title}',
  preheader: 'Je hebt je inschrijving voor het webinar geannuleerd.',
  intro: 'Je hebt je inschrijving voor dit webinar geannuleerd. Over dit webinar krijg je geen mails meer van ons.',
  calendar: 'Staat het webinar nog in je agenda? Dan kun je het daar verwijderen.',
  againIntro: 'Toch van gedachten veranderd, of heb je dit niet zelf gedaan? Schrijf je dan opnieuw in, zolang er plaatsen vrij zijn:',
  againLink: 'Opnieuw inschrijven',
}

/** The person gave back their seat (or left the waitlist) themselves: confirmed, and the last mail about it. */
export const webinarRegistrationCancelled = defineMailTemplate({
  id: 'webinar-registration-cancelled',
  category: 'transactional',
  description: 'Webinars: confirms that the person cancelled their own registration',
  props: z.object({
    title: webinarFields.title,
    start: webinarFields.start,
    durationMinutes: webinarFields.durationMinutes,
    /** The webinar's page, where the person can register again. */
    detailUrl: httpUrl,
  }),
  sample: ({ locale }) => webinarSample({ locale }),
  copy: {
    nl,
    fr: {
      ...webinarDetailsCopy.fr,
      subject: 'Votre inscription est annulée : {title}',
      preheader: 'Vous avez annulé votre inscription au webinaire.',
      intro: 'Vous avez annulé votre inscription à ce webinaire. Vous ne recevrez plus d’e-mails de notre part au sujet de ce webinaire.',
      calendar: 'Le webinaire figure encore dans votre agenda ? Vous pouvez l’y supprimer.',
      againIntro: 'Vous avez changé d’avis, ou ce n’est pas vous qui avez annulé ? Réinscrivez-vous, tant qu’il reste des places :',
      againLink: 'M’inscrire à nouveau',
    } satisfies typeof nl,
    en: {
      ...webinarDetailsCopy.en,
      subject: 'Your registration is cancelled: {title}',
      preheader: 'You cancelled your registration for the webinar.',
      intro: 'You cancelled your registration for this webinar. You will not receive any more mails from us about this webinar.',
      calendar: 'Is the webinar still in your calendar? You can remove it there.',
      againIntro: 'Changed your mind, or was it not you who cancelled? Register again while seats are available:',
      againLink: 'Register again',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) =>
    composeLetter({
      copy,
      subject: fillCopy(copy.subject, { title: props.title }),
      blocks: [
        webinarDetails({ locale, copy, webinar: props }),
        { kind: 'paragraph', text: copy.calendar },
        { kind: 'paragraph', text: copy.againIntro },
        { kind: 'links', items: [{ label: copy.againLink, url: props.detailUrl }] },
      ],
    }),
})
