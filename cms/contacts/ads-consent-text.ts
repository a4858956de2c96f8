import { locales, type Locale } from '../../config/locales'
import { sha256 } from '../../config/sha256'

/**
 * The preference center's tick box for Facebook and Instagram ads (a custom audience built from hashed addresses),
 * word for word as the page shows it (always unticked until given): the ledger stores the hash of the text a person
 * ticked, so these texts are the evidence. Kept in code rather than in the newsletter settings, so the wording an
 * audience export rests on cannot change without a commit (changing one is a new wording, with a new hash).
 */
const texts: Record<Locale, string> = {
  nl: 'Toon mij relevante advertenties van myPlugin op Facebook en Instagram (we geven daarvoor een onomkeerbare vingerafdruk (hash) van mijn e-mailadres door, nooit het adres zelf).',
  fr: 'Montrez-moi des publicités pertinentes de myPlugin sur Facebook et Instagram (une empreinte irréversible (hash) de mon adresse e-mail est transmise à cet effet, jamais l’adresse elle-même).',
  en: 'Show me relevant myPlugin ads on Facebook and Instagram (a one-way fingerprint (hash) of my e-mail address is passed on for this, never the address itself).',
}

export type ConsentWording = { id: string; hash: string }

export const adsConsentText = ({ locale }: { locale: Locale }): { text: string; wording: ConsentWording } => ({
  text: texts[locale],
  wording: { id: `preference-center-ads:${locale}`, hash: sha256({ text: texts[locale] }) },
})

/** The wording in every language: the consent revision an audience export names. */
export const adsConsentWordings = (): ConsentWording[] => locales.map((locale) => adsConsentText({ locale }).wording)
