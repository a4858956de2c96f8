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
  subjectAttended: 'Bedankt voor je deelname: de opname van {title}',
  preheaderAttended: 'Bekijk het webinar nog eens wanneer het jou past.',
  introAttended: 'Bedankt dat je erbij was! Wil je iets nog eens bekijken? De opname van het webinar staat voor je klaar.',
  subjectMissed: 'We hebben je gemist: bekijk de opname van {title}',
  preheaderMissed: 'De opname van het webinar staat voor je klaar.',
  introMissed: 'Jammer dat je er niet bij kon zijn. Geen probleem: de opname van het webinar staat voor je klaar, zodat je het kunt bekijken wanneer het jou past.',
  button: 'De opname bekijken',
}

/** After the webinar: the replay link, thanked for or missed, depending on whether the person was there. */
export const webinarReplay = defineMailTemplate({
  id: 'webinar-replay',
  category: 'transactional',
  description: 'Webinars: the replay after the webinar, for those who attended and those who missed it',
  props: z.object({ attended: z.boolean(), title: webinarFields.title, replayUrl: httpUrl }),
  sample: ({ locale }) => ({ ...webinarSample({ locale }), attended: true }),
  copy: {
    nl,
    fr: {
      ...webinarDetailsCopy.fr,
      subjectAttended: 'Merci de votre participation : l’enregistrement de {title}',
      preheaderAttended: 'Revoyez le webinaire quand vous le souhaitez.',
      introAttended: 'Merci d’avoir participé ! Vous souhaitez revoir un passage ? L’enregistrement du webinaire est à votre disposition.',
      subjectMissed: 'Vous nous avez manqué : regardez l’enregistrement de {title}',
      preheaderMissed: 'L’enregistrement du webinaire est à votre disposition.',
      introMissed: 'Dommage que vous n’ayez pas pu être des nôtres. Rassurez-vous : l’enregistrement du webinaire est à votre disposition, pour le regarder quand cela vous convient.',
      button: 'Regarder l’enregistrement',
    } satisfies typeof nl,
    en: {
      ...webinarDetailsCopy.en,
      subjectAttended: 'Thanks for joining: the recording of {title}',
      preheaderAttended: 'Watch the webinar again whenever it suits you.',
      introAttended: 'Thank you for joining us! Want to watch something again? The recording of the webinar is ready for you.',
      subjectMissed: 'Sorry we missed you: watch the recording of {title}',
      preheaderMissed: 'The recording of the webinar is ready for you.',
      introMissed: 'A pity you could not make it. No problem: the recording of the webinar is ready for you, to watch whenever it suits you.',
      button: 'Watch the recording',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) => {
    const letter = props.attended
      ? { subject: copy.subjectAttended, preheader: copy.preheaderAttended, intro: copy.introAttended }
      : { subject: copy.subjectMissed, preheader: copy.preheaderMissed, intro: copy.introMissed }
    return composeLetter({
      copy: letter,
      subject: fillCopy(letter.subject, { title: props.title }),
      blocks: [webinarDetails({ locale, copy, webinar: props }), { kind: 'button', label: copy.button, url: props.replayUrl }],
    })
  },
})
