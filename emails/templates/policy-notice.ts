import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Ons privacybeleid wijzigt (versie {label})',
  preheader: 'Dit verandert er in ons privacybeleid.',
  intro: 'We hebben ons privacybeleid aangepast. Dit verandert er:',
  read: 'Lees het nieuwe privacybeleid',
  why: 'Je ontvangt deze mail omdat je ingeschreven bent op een nieuwsbrief van myPlugin. Wij brengen onze gebruikers op de hoogte van grote wijzigingen.',
}

/**
 * The notice of a major policy change: the summary in the subscriber's language and a link to the new text. A
 * legal notice, not marketing: it goes to every confirmed subscriber and carries no unsubscribe link of its own.
 */
export const policyNotice = defineMailTemplate({
  id: 'policy-notice',
  category: 'transactional',
  description: 'Privacy policy: notice of a major change to subscribers',
  props: z.object({ versionLabel: z.string().min(1).max(40), summary: z.string().min(1).max(10_000), url: httpUrl }),
  sample: ({ locale }) => ({
    versionLabel: '2',
    summary: {
      nl: 'We noemen nu elke verwerker bij naam, ook Resend voor het versturen van e-mail.',
      fr: 'Nous nommons désormais chaque sous-traitant, y compris Resend pour l’envoi des e-mails.',
      en: 'We now name every processor, including Resend for sending mail.',
    }[locale],
    url: `https://www.myplugin.app/${locale}/privacy/2`,
  }),
  copy: {
    nl,
    fr: {
      subject: 'Notre politique de confidentialité change (version {label})',
      preheader: 'Voici ce qui change dans notre politique de confidentialité.',
      intro: 'Nous avons modifié notre politique de confidentialité. Voici ce qui change :',
      read: 'Lire la nouvelle politique de confidentialité',
      why: 'Vous recevez cet e-mail parce que vous êtes inscrit à une newsletter de myPlugin. Nous informons nos utilisateurs des changements importants.',
    } satisfies typeof nl,
    en: {
      subject: 'Our privacy policy is changing (version {label})',
      preheader: 'This is what changes in our privacy policy.',
      intro: 'We have updated our privacy policy. This is what changes:',
      read: 'Read the new privacy policy',
      why: 'You receive this mail because you subscribed to a myPlugin newsletter. We tell our users about major changes.',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      subject: fillCopy(copy.subject, { label: props.versionLabel }),
      blocks: [
        { kind: 'paragraph', text: props.summary },
        { kind: 'button', label: copy.read, url: props.url },
        { kind: 'note', text: copy.why },
      ],
    }),
})
