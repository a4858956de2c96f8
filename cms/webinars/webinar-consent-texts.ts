import type { Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'

/**
 * The two opt-ins of the registration form, word for word as the form shows them: the ledger stores the hash of the
 * text a person ticked, so these texts are the evidence (changing one is a new wording, with a new hash).
 */
const texts: Record<Locale, { newsletter: string; crm: string }> = {
  nl: {
    newsletter: 'Stuur me ook de nieuwsbrief van myPlugin (tips en uitnodigingen voor volgende webinars). Je bevestigt dit nog via een mail.',
    crm: 'myPlugin mag me na dit webinar persoonlijk contacteren over het platform (we bewaren je gegevens daarvoor in ons klantenbestand, HubSpot).',
  },
  fr: {
    newsletter: 'Envoyez-moi aussi la newsletter de myPlugin (conseils et invitations aux prochains webinaires). Vous le confirmerez par e-mail.',
    crm: 'myPlugin peut me contacter personnellement après ce webinaire au sujet de la plateforme (vos données sont alors conservées dans notre fichier clients, HubSpot).',
  },
  en: {
    newsletter: 'Also send me the myPlugin newsletter (tips and invitations to coming webinars). You will confirm this by mail.',
    crm: 'myPlugin may contact me personally after this webinar about the platform (your details are then kept in our customer records, HubSpot).',
  },
}

export type WebinarConsentTexts = { newsletter: string; crm: string; crmWording: { id: string; hash: string } }

export const webinarConsentTexts = ({ locale }: { locale: Locale }): WebinarConsentTexts => {
  const t = texts[locale]
  return { ...t, crmWording: { id: `webinar-crm:${locale}`, hash: sha256({ text: t.crm }) } }
}
