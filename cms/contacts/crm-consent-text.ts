import type { Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'
import type { ConsentWording } from './ads-consent-text'

/**
 * The preference center's tick box for CRM follow-up, word for word as the page shows it: the ledger stores the hash
 * of the text a person ticked or unticked, and the CRM gate reads that record. In code, like the ads wording, so the
 * evidence cannot change without a commit.
 */
const texts: Record<Locale, string> = {
  nl: 'Een collega van myPlugin mag me persoonlijk contacteren over het platform (we bewaren mijn gegevens daarvoor in ons klantenbestand, HubSpot).',
  fr: 'Un collègue de myPlugin peut me contacter personnellement au sujet de la plateforme (mes données sont alors conservées dans notre fichier clients, HubSpot).',
  en: 'A myPlugin colleague may contact me personally about the platform (my details are then kept in our customer records, HubSpot).',
}

export const crmConsentText = ({ locale }: { locale: Locale }): { text: string; wording: ConsentWording } => ({
  text: texts[locale],
  wording: { id: `preference-center-crm:${locale}`, hash: sha256({ text: texts[locale] }) },
})
