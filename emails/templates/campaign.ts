import { z } from 'zod'

import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

/** What a marketer can put in a campaign: text, headings, buttons and lists. Never raw HTML. */
const contentBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('paragraph'), text: z.string().min(1).max(5000) }),
  z.object({ kind: z.literal('button'), label: z.string().min(1).max(80), url: httpUrl }),
  z.object({ kind: z.literal('list'), items: z.array(z.string().min(1).max(500)).min(1).max(20) }),
])

const nl = { closing: 'Hartelijke groet,\nhet team van myPlugin' }

const samples = {
  nl: {
    subject: 'Webinar: zo start je online consultaties',
    preheader: 'Gratis, op donderdag 11 december om 12 uur.',
    heading: 'Online consultaties zonder gedoe',
    intro: 'In dit gratis webinar van 30 minuten tonen we hoe je een eerste videoconsultatie plant en wat je cliënt daarvoor nodig heeft.',
    items: ['een consultatie plannen en de link delen', 'chatten voor, tijdens en na het gesprek', 'jouw vragen, live beantwoord'],
    button: 'Schrijf je in voor het webinar',
  },
  fr: {
    subject: 'Webinaire : bien démarrer vos consultations en ligne',
    preheader: 'Gratuit, le jeudi 11 décembre à midi.',
    heading: 'Des consultations en ligne sans tracas',
    intro: 'Dans ce webinaire gratuit de 30 minutes, nous montrons comment planifier une première consultation vidéo et ce dont votre client a besoin.',
    items: ['planifier une consultation et partager le lien', 'discuter avant, pendant et après la séance', 'vos questions, en direct'],
    button: "S'inscrire au webinaire",
  },
  en: {
    subject: 'Webinar: getting started with online consultations',
    preheader: 'Free, Thursday 11 December at noon.',
    heading: 'Online consultations without the hassle',
    intro: 'In this free 30-minute webinar we show how to plan a first video consultation and what your client needs for it.',
    items: ['planning a consultation and sharing the link', 'chatting before, during and after the session', 'your questions, answered live'],
    button: 'Register for the webinar',
  },
}

/**
 * The campaign layout: a marketer's content (one version per language) inside the shared layout, with a greeting
 * and, being marketing, the unsubscribe link. Rendered once per language and personalised per recipient.
 */
export const campaign = defineMailTemplate({
  id: 'campaign',
  category: 'marketing',
  description: 'Campaign: a newsletter or announcement written in the CMS',
  props: z.object({
    subject: z.string().min(1).max(200),
    preheader: z.string().max(200).default(''),
    blocks: z.array(contentBlock).min(1).max(50),
  }),
  sample: ({ locale }) => {
    const s = samples[locale]
    return {
      subject: s.subject,
      preheader: s.preheader,
      blocks: [
        { kind: 'heading' as const, text: s.heading },
        { kind: 'paragraph' as const, text: s.intro },
        { kind: 'list' as const, items: s.items },
        { kind: 'button' as const, label: s.button, url: `https://www.myplugin.app/${locale}/webinars` },
      ],
    }
  },
  copy: {
    nl,
    fr: { closing: 'Bien cordialement,\nl’équipe myPlugin' } satisfies typeof nl,
    en: { closing: 'Kind regards,\nthe myPlugin team' } satisfies typeof nl,
  },
  compose: ({ props, copy }) => ({
    subject: props.subject,
    preheader: props.preheader,
    blocks: [{ kind: 'greeting' }, ...props.blocks, { kind: 'paragraph', text: copy.closing }],
  }),
})
