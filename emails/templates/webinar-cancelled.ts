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
  subject: 'Geannuleerd: {title}',
  preheader: 'Het webinar waarvoor je ingeschreven was, gaat helaas niet door.',
  intro: 'Helaas moeten we het webinar waarvoor je ingeschreven was annuleren. Het spijt ons, zeker als je er tijd voor had vrijgemaakt.',
  nothingToDo: 'Je hoeft niets te doen: je inschrijving vervalt vanzelf.',
  listingIntro: 'Misschien past een ander webinar je wel:',
  listingLink: 'Bekijk de geplande webinars',
  attached: 'De annulering voor je agenda zit als bijlage bij deze mail: open ze om het webinar uit je agenda te halen.',
}

/**
 * The organiser cancelled the webinar: apologies, no join link (it no longer leads anywhere), and the calendar
 * cancellation attached by the sender. For people holding a seat: theirs is the invitation the attachment cancels.
 */
export const webinarCancelled = defineMailTemplate({
  id: 'webinar-cancelled',
  category: 'transactional',
  description: 'Webinars: the organiser cancelled the webinar, with the calendar cancellation attached',
  props: z.object({
    title: webinarFields.title,
    start: webinarFields.start,
    durationMinutes: webinarFields.durationMinutes,
    /** The page listing upcoming webinars; left out when there is none to point to. */
    listingUrl: httpUrl.optional(),
  }),
  sample: ({ locale }) => webinarSample({ locale }),
  copy: {
    nl,
    fr: {
      ...webinarDetailsCopy.fr,
      subject: 'Annulé : {title}',
      preheader: 'Le webinaire auquel vous étiez inscrit·e n’aura malheureusement pas lieu.',
      intro: 'Nous devons malheureusement annuler le webinaire auquel vous étiez inscrit·e. Nous en sommes désolés, d’autant plus si vous aviez réservé ce moment dans votre agenda.',
      nothingToDo: 'Vous n’avez rien à faire : votre inscription est annulée d’office.',
      listingIntro: 'Un autre webinaire vous conviendra peut-être :',
      listingLink: 'Voir les webinaires à venir',
      attached: 'L’annulation pour votre agenda est jointe à cet e-mail : ouvrez-la pour retirer le webinaire de votre agenda.',
    } satisfies typeof nl,
    en: {
      ...webinarDetailsCopy.en,
      subject: 'Cancelled: {title}',
      preheader: 'Unfortunately, the webinar you registered for will not take place.',
      intro: 'Unfortunately we have had to cancel the webinar you registered for. We are sorry, especially if you had set time aside for it.',
      nothingToDo: 'There is nothing you need to do: your registration lapses automatically.',
      listingIntro: 'Perhaps another webinar suits you:',
      listingLink: 'See the upcoming webinars',
      attached: 'The calendar cancellation is attached to this mail: open it to remove the webinar from your calendar.',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) =>
    composeLetter({
      copy,
      subject: fillCopy(copy.subject, { title: props.title }),
      blocks: [
        webinarDetails({ locale, copy, webinar: props }),
        { kind: 'paragraph', text: copy.nothingToDo },
        ...(props.listingUrl
          ? [
              { kind: 'paragraph' as const, text: copy.listingIntro },
              { kind: 'links' as const, items: [{ label: copy.listingLink, url: props.listingUrl }] },
            ]
          : []),
        { kind: 'note', text: copy.attached },
      ],
    }),
})
