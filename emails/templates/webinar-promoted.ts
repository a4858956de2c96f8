import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { defineMailTemplate } from '../mail-template'
import { webinarSample } from '../webinar-sample'
import { webinarSeatBlocks } from '../webinar-seat-blocks'
import { webinarSeatCopy } from '../webinar-seat-copy'
import { webinarSeatProps } from '../webinar-seat-props'

const nl = {
  ...webinarSeatCopy.nl,
  subject: 'Er is een plaats vrijgekomen: je bent erbij voor {title}',
  preheader: 'Je stond op de wachtlijst. Nu is je plaats bevestigd.',
  intro: 'Goed nieuws: er is een plaats vrijgekomen in het webinar, en die is voor jou. Je stond op de wachtlijst; nu is je plaats bevestigd.',
  attached: 'De uitnodiging voor je agenda zit als bijlage bij deze mail.',
}

/** A seat freed up and went to the first person on the waitlist: from now on they hold a seat like any registrant. */
export const webinarPromoted = defineMailTemplate({
  id: 'webinar-promoted',
  category: 'transactional',
  description: 'Webinars: a seat freed up for someone on the waitlist, now confirmed, with the join link',
  props: webinarSeatProps,
  sample: ({ locale }) => webinarSample({ locale }),
  copy: {
    nl,
    fr: {
      ...webinarSeatCopy.fr,
      subject: 'Une place s’est libérée : vous participez à {title}',
      preheader: 'Vous étiez sur la liste d’attente. Votre place est maintenant confirmée.',
      intro: 'Bonne nouvelle : une place s’est libérée pour le webinaire, et elle est pour vous. Vous étiez sur la liste d’attente ; votre place est maintenant confirmée.',
      attached: 'L’invitation pour votre agenda est jointe à cet e-mail.',
    } satisfies typeof nl,
    en: {
      ...webinarSeatCopy.en,
      subject: 'A seat freed up: you are in for {title}',
      preheader: 'You were on the waitlist. Your seat is now confirmed.',
      intro: 'Good news: a seat has freed up in the webinar, and it is yours. You were on the waitlist; your seat is now confirmed.',
      attached: 'The calendar invitation is attached to this mail.',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) =>
    composeLetter({
      copy,
      subject: fillCopy(copy.subject, { title: props.title }),
      blocks: [...webinarSeatBlocks({ locale, copy, seat: props }), { kind: 'note', text: copy.attached }],
    }),
})
