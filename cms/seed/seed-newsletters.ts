import type { Payload, PayloadRequest } from 'payload'

type Texts = Record<'nl' | 'fr' | 'en', string>
const lists: { key: string; visibility: 'public' | 'private'; defaultForNew: boolean; name: Texts; description: Texts }[] = [
  {
    key: 'newsletter',
    visibility: 'public',
    defaultForNew: true,
    name: { nl: 'Nieuwsbrief', fr: 'Newsletter', en: 'Newsletter' },
    description: {
      nl: 'Maandelijks: tips voor online consultaties en nieuws over myPlugin.',
      fr: 'Chaque mois : des conseils pour vos consultations en ligne et les nouveautés de myPlugin.',
      en: 'Monthly: tips for online consultations and news about myPlugin.',
    },
  },
  {
    key: 'webinars',
    visibility: 'public',
    defaultForNew: false,
    name: { nl: 'Webinars', fr: 'Webinaires', en: 'Webinars' },
    description: { nl: 'Uitnodigingen voor onze gratis webinars.', fr: 'Invitations à nos webinaires gratuits.', en: 'Invitations to our free webinars.' },
  },
  {
    key: 'customers',
    visibility: 'private',
    defaultForNew: false,
    name: { nl: 'Klanten', fr: 'Clients', en: 'Customers' },
    description: { nl: 'Service-informatie voor klanten van myPlugin.', fr: 'Informations de service pour les clients de myPlugin.', en: 'Service information for myPlugin customers.' },
  },
]

const settings = {
  fr: {
    consentText:
      'Oui, envoyez-moi les newsletters choisies. Je peux me désinscrire à tout moment via le lien en bas de chaque e-mail. myPlugin utilise mes données comme décrit dans la politique de confidentialité.',
    trackingText: 'Mesurer individuellement si j’ouvre les e-mails et clique sur les liens, pour un contenu plus pertinent (facultatif).',
  },
  en: {
    consentText:
      'Yes, send me the newsletters I chose. I can unsubscribe at any time through the link at the bottom of every mail. myPlugin uses my data as described in the privacy policy.',
    trackingText: 'Measure per person whether I open mails and click links, so the content fits better (optional).',
  },
}

/**
 * The demo's newsletters (a public default, a public extra, a private customers list) and the sign-up wording in
 * French and English (Dutch is the field default). Idempotent: lists are created by key when missing, the texts
 * only where a language has none of its own yet.
 */
export const seedNewsletters = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<void> => {
  for (const list of lists) {
    const found = await payload.find({ collection: 'newsletter-lists', where: { key: { equals: list.key } }, limit: 1, depth: 0, req, overrideAccess: true })
    if (found.docs[0]) continue
    const created = await payload.create({
      collection: 'newsletter-lists',
      locale: 'nl',
      data: { key: list.key, visibility: list.visibility, defaultForNew: list.defaultForNew, name: list.name.nl, description: list.description.nl },
      req,
      overrideAccess: true,
    })
    for (const locale of ['fr', 'en'] as const) {
      await payload.update({ collection: 'newsletter-lists', id: created.id, locale, data: { name: list.name[locale], description: list.description[locale] }, req, overrideAccess: true })
    }
  }
  for (const locale of ['fr', 'en'] as const) {
    const current = await payload.findGlobal({ slug: 'newsletter-settings', locale, fallbackLocale: false, depth: 0, req, overrideAccess: true })
    // A language without its own text shows the Dutch default: only then is there something to fill in.
    if (current.consentText && !current.consentText.startsWith('Ja, stuur me')) continue
    await payload.updateGlobal({ slug: 'newsletter-settings', locale, data: settings[locale], req, overrideAccess: true })
  }
}
