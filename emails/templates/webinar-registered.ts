import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { defineMailTemplate } from '../mail-template'
import { webinarSample } from '../webinar-sample'
import { webinarSeatBlocks } from '../webinar-seat-blocks'
import { webinarSeatCopy } from '../webinar-seat-copy'
import { webinarSeatProps } from '../webinar-seat-props'

const nl = {
  ...webinarSeatCopy.nl,
  subject: 'Je plaats is bevestigd: {title}',
  preheader: 'Je bent ingeschreven. Hierin vind je je persoonlijke link om deel te nemen.',
  intro: 'Fijn dat je erbij bent! Je plaats voor ons gratis webinar is bevestigd.',
  attached: 'De uitnodiging voor je agenda zit als bijlage bij deze mail.',
}

/** The answer to a registration with a free seat: the seat is confirmed, here is how to join. */
export const webinarRegistered = defineMailTemplate({
  id: 'webinar-registered',
  category: 'transactional',
  description: 'Webinars: registration confirmed, with the private join link and the calendar invitation attached',
  props: webinarSeatProps,
  sample: ({ locale }) => webinarSample({ locale }),
  copy: {
    nl,
    fr: {
      ...webinarSeatCopy.fr,
      subject: 'Votre place est confirmée : {title}',
      preheader: 'Vous êtes inscrit·e. Voici votre lien personnel pour participer.',
      intro: 'Merci de votre inscription ! Votre place pour notre webinaire gratuit est confirmée.',
      attached: 'L’invitation pour votre agenda est jointe à cet e-mail.',
    } satisfies typeof nl,
    en: {
      ...webinarSeatCopy.en,
      subject: 'Your seat is confirmed: {title}',
      preheader: 'You are registered. Here is your personal link to join.',
      intro: 'Great to have you with us! Your seat for our free webinar is confirmed.',
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
