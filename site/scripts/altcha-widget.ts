/**
 * The ALTCHA widget, self-hosted: the "external" build (no inline styles, its CSS is a file of ours), the PBKDF2
 * worker served from our origin (the CSP allows workers from 'self' only), and our own wording in nl/fr/en.
 * Without JavaScript none of this runs and the form falls back to the server's signed form stamp.
 */
import 'altcha/external'
import workerUrl from 'altcha/workers/pbkdf2?url'

type AltchaGlobal = { algorithms: Map<string, () => Worker>; i18n: { set: (lang: string, strings: Record<string, string>) => void } }

const strings: Record<string, Record<string, string>> = {
  nl: { label: 'Ik ben geen robot', verifying: 'Even controleren…', verified: 'Gecontroleerd', error: 'Controle mislukt. Probeer het opnieuw.', expired: 'Controle verlopen. Probeer het opnieuw.', verificationRequired: 'Controle vereist.', waitAlert: 'Even geduld, we controleren…', reload: 'Opnieuw', verify: 'Controleren', loading: 'Laden…', footer: '' },
  fr: { label: 'Je ne suis pas un robot', verifying: 'Vérification…', verified: 'Vérifié', error: 'Échec de la vérification. Réessayez.', expired: 'Vérification expirée. Réessayez.', verificationRequired: 'Vérification requise.', waitAlert: 'Un instant, vérification en cours…', reload: 'Recommencer', verify: 'Vérifier', loading: 'Chargement…', footer: '' },
  en: { label: 'I am not a robot', verifying: 'Checking…', verified: 'Checked', error: 'The check failed. Please try again.', expired: 'The check expired. Please try again.', verificationRequired: 'Check required.', waitAlert: 'One moment, checking…', reload: 'Again', verify: 'Check', loading: 'Loading…', footer: '' },
}

export const startAltchaWidget = (): void => {
  const altcha = (globalThis as unknown as { $altcha: AltchaGlobal }).$altcha
  altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker(workerUrl))
  for (const [lang, copy] of Object.entries(strings)) altcha.i18n.set(lang, copy)
}
