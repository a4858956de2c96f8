import type { Locale } from './locales'

export type RenderedMail = { subject: string; html: string; text: string }

const copy: Record<Locale, { subject: string; body: string }> = {
  nl: { subject: 'Testbericht van myPlugin', body: 'Dit is een testbericht: de mailverzending werkt.' },
  fr: { subject: 'Message de test de myPlugin', body: "Ceci est un message de test : l'envoi d'e-mails fonctionne." },
  en: { subject: 'Test message from myPlugin', body: 'This is a test message: mail delivery works.' },
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** The test mail: proves the queue → port → provider path end to end. Renders only; never sends. */
export const renderTestMail = ({ locale }: { locale: Locale }): RenderedMail => {
  const { subject, body } = copy[locale]
  return {
    subject,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body><p>${escapeHtml(body)}</p></body></html>`,
    text: body,
  }
}
