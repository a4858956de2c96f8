import type { Locale } from './locales'
import type { RenderedMail } from './render-test-mail'

const copy: Record<Locale, { subject: (label: string) => string; intro: string; read: string; why: string }> = {
  nl: {
    subject: (label) => `Ons privacybeleid wijzigt (versie ${label})`,
    intro: 'We hebben ons privacybeleid aangepast. Dit verandert er:',
    read: 'Lees het nieuwe privacybeleid',
    why: 'Je ontvangt deze mail omdat je ingeschreven bent op een nieuwsbrief van myPlugin. Wij brengen onze gebruikers op de hoogte van grote wijzigingen.',
  },
  fr: {
    subject: (label) => `Notre politique de confidentialité change (version ${label})`,
    intro: 'Nous avons modifié notre politique de confidentialité. Voici ce qui change :',
    read: 'Lire la nouvelle politique de confidentialité',
    why: 'Vous recevez cet e-mail parce que vous êtes inscrit à une newsletter de myPlugin. Nous informons nos utilisateurs des changements importants.',
  },
  en: {
    subject: (label) => `Our privacy policy is changing (version ${label})`,
    intro: 'We have updated our privacy policy. This is what changes:',
    read: 'Read the new privacy policy',
    why: 'You receive this mail because you subscribed to a myPlugin newsletter. We tell our users about major changes.',
  },
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** The notice of a major policy change: the summary in the subscriber's language and a link to the new text. */
export const renderPolicyNotice = ({ locale, versionLabel, summary, url }: { locale: Locale; versionLabel: string; summary: string; url: string }): RenderedMail => {
  const t = copy[locale]
  const subject = t.subject(versionLabel)
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<p>${escapeHtml(t.intro)}</p>
<p>${escapeHtml(summary).replace(/\n/g, '<br>')}</p>
<p><a href="${escapeHtml(url)}">${escapeHtml(t.read)}</a></p>
<p><small>${escapeHtml(t.why)}</small></p>
</body></html>`
  const text = `${t.intro}\n\n${summary}\n\n${t.read}: ${url}\n\n${t.why}\n`
  return { subject, html, text }
}
