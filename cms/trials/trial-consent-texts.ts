import type { Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'

/**
 * The signup form's two boxes, word for word as the form shows them: the ledger stores the hash of the text a person
 * ticked, so these texts are the evidence (changing one is a new wording, with a new hash). Acceptance of the terms
 * and the privacy notice is the contract the trial runs under; the newsletter box is the separate, unticked
 * marketing opt-in (it starts the newsletter's own double opt-in).
 */
const texts: Record<Locale, { accept: string; newsletter: string }> = {
  nl: {
    accept: 'Ik aanvaard de gebruiksvoorwaarden van de try-out en heb de privacyverklaring van myPlugin gelezen.',
    newsletter: 'Stuur me ook de nieuwsbrief van myPlugin (tips en uitnodigingen voor webinars). Je bevestigt dit nog via een mail.',
  },
  fr: {
    accept: 'J’accepte les conditions d’utilisation de l’essai et j’ai lu la déclaration de confidentialité de myPlugin.',
    newsletter: 'Envoyez-moi aussi la newsletter de myPlugin (conseils et invitations aux webinaires). Vous le confirmerez par e-mail.',
  },
  en: {
    accept: 'I accept the terms of use of the trial and have read the myPlugin privacy notice.',
    newsletter: 'Also send me the myPlugin newsletter (tips and invitations to webinars). You will confirm this by mail.',
  },
}

export type TrialConsentTexts = { accept: string; newsletter: string; acceptWording: { id: string; hash: string } }

export const trialConsentTexts = ({ locale }: { locale: Locale }): TrialConsentTexts => {
  const t = texts[locale]
  return { ...t, acceptWording: { id: `trial-terms:${locale}`, hash: sha256({ text: t.accept }) } }
}
