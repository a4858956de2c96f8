import type { Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'

/**
 * The consent boxes a form may offer, word for word as the site shows them (always unticked): the ledger stores the
 * hash of the text a person ticked, so these texts are the evidence. `{list}` is the newsletter's name.
 */
const texts: Record<Locale, { newsletter: string; crm: string }> = {
  nl: {
    newsletter: 'Stuur me ook de nieuwsbrief "{list}". Je bevestigt dit nog via een mail; uitschrijven kan altijd.',
    crm: 'Een collega van myPlugin mag me persoonlijk contacteren over mijn vraag en over het platform (we bewaren mijn gegevens daarvoor in ons klantenbestand, HubSpot).',
  },
  fr: {
    newsletter: 'Envoyez-moi aussi la newsletter « {list} ». Vous le confirmerez par e-mail ; désinscription possible à tout moment.',
    crm: 'Un collègue de myPlugin peut me contacter personnellement au sujet de ma demande et de la plateforme (mes données sont alors conservées dans votre fichier clients, HubSpot).',
  },
  en: {
    newsletter: 'Also send me the "{list}" newsletter. You will confirm this by mail; you can unsubscribe at any time.',
    crm: 'A myPlugin colleague may contact me personally about my request and the platform (my details are then kept in your customer records, HubSpot).',
  },
}

export type FormConsentTexts = { newsletter: string; crm: string; crmWording: { id: string; hash: string } }

export const formConsentTexts = ({ locale, listName = '' }: { locale: Locale; listName?: string }): FormConsentTexts => {
  const t = texts[locale]
  return { newsletter: t.newsletter.replace('{list}', listName), crm: t.crm, crmWording: { id: `form-crm:${locale}`, hash: sha256({ text: t.crm }) } }
}
