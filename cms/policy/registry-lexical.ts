import type { Locale } from '../../config/locales'
import { processorRegistry } from '../../config/processors/processor-registry'
import { cookieLabel } from '../../config/processors/cookie-label'
import type { Processor } from '../../config/processors/processor-types'
import { recipientList } from '../../config/processors/recipient-list'
import { inline } from './text-to-lexical'

type Node = Record<string, unknown>
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ type, format: '', indent: 0, version: 1, direction: 'ltr', children, ...extra })
const heading = (text: string, tag = 'h2') => block('heading', inline(text), { tag })
const paragraph = (text: string) => block('paragraph', inline(text), { textFormat: 0, textStyle: '' })
const list = (items: string[]) => block('list', items.map((t, i) => block('listitem', inline(t), { value: i + 1 })), { listType: 'bullet', tag: 'ul', start: 1 })

const words: Record<Locale, { recipients: string; intro: string; stored: string; basis: Record<Processor['legalBasis'], string>; cookies: string; cookieIntro: string; lifetime: string; categories: Record<Processor['category'], string>; by: string }> = {
  nl: {
    recipients: 'Wie ontvangt je gegevens?',
    intro: 'Deze lijst wordt rechtstreeks gegenereerd uit het register van verwerkers dat de website zelf gebruikt: een dienst die hier niet staat, krijgt geen gegevens.',
    stored: 'opslag',
    basis: { consent: 'toestemming', contract: 'overeenkomst', 'legitimate-interest': 'gerechtvaardigd belang', 'legal-obligation': 'wettelijke verplichting' },
    cookies: 'Cookies op deze website',
    cookieIntro: 'Analyse- en marketingcookies worden pas geplaatst nadat je ervoor koos. Je kunt je keuze altijd wijzigen via "Cookie-instellingen" onderaan elke pagina.',
    lifetime: 'bewaartermijn',
    categories: { necessary: 'Noodzakelijk', analytics: 'Analyse', marketing: 'Marketing' },
    by: 'van',
  },
  fr: {
    recipients: 'Qui reçoit vos données ?',
    intro: 'Cette liste est générée directement à partir du registre des sous-traitants que le site utilise lui-même : un service qui n’y figure pas ne reçoit aucune donnée.',
    stored: 'stockage',
    basis: { consent: 'consentement', contract: 'contrat', 'legitimate-interest': 'intérêt légitime', 'legal-obligation': 'obligation légale' },
    cookies: 'Cookies sur ce site',
    cookieIntro: 'Les cookies d’analyse et de marketing ne sont déposés qu’après votre choix. Vous pouvez le modifier à tout moment via « Paramètres des cookies » en bas de chaque page.',
    lifetime: 'durée',
    categories: { necessary: 'Nécessaires', analytics: 'Analyse', marketing: 'Marketing' },
    by: 'de',
  },
  en: {
    recipients: 'Who receives your data?',
    intro: 'This list is generated straight from the register of processors the website itself uses: a service not listed here receives no data.',
    stored: 'storage',
    basis: { consent: 'consent', contract: 'contract', 'legitimate-interest': 'legitimate interest', 'legal-obligation': 'legal obligation' },
    cookies: 'Cookies on this website',
    cookieIntro: 'Analytics and marketing cookies are only set after you chose them. You can change your choice at any time through "Cookie settings" at the bottom of every page.',
    lifetime: 'lifetime',
    categories: { necessary: 'Necessary', analytics: 'Analytics', marketing: 'Marketing' },
    by: 'by',
  },
}

/** The policy's recipients section, generated from the processor registry. */
export const recipientsSection = ({ locale, registry = processorRegistry }: { locale: Locale; registry?: readonly Processor[] }): Node[] => {
  const w = words[locale]
  return [
    heading(w.recipients),
    paragraph(w.intro),
    list(recipientList({ locale, registry }).map((r) => `${r.name}: ${r.description} (${w.stored}: ${r.storage}; ${w.basis[r.legalBasis]}) ${r.privacyPolicyUrl}`)),
  ]
}

/** The cookie policy's tables (as lists per category), generated from the processor registry. */
export const cookieSection = ({ locale, registry = processorRegistry }: { locale: Locale; registry?: readonly Processor[] }): Node[] => {
  const w = words[locale]
  const nodes: Node[] = [heading(w.cookies), paragraph(w.cookieIntro)]
  for (const category of ['necessary', 'analytics', 'marketing'] as const) {
    const rows = registry
      .filter((p) => p.category === category)
      .flatMap((p) => p.cookies.map((c) => `${cookieLabel(c)} (${w.by} ${p.name}): ${c.description[locale]} ${w.lifetime}: ${c.lifetime[locale]}.`))
    if (rows.length === 0) continue
    nodes.push(heading(w.categories[category], 'h3'), list(rows))
  }
  return nodes
}
