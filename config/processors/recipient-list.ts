import type { Locale } from '../locales'
import { processorRegistry } from './processor-registry'
import type { Processor } from './processor-types'

export type Recipient = { name: string; description: string; storage: string; legalBasis: Processor['legalBasis']; privacyPolicyUrl: string; category: Processor['category'] }

/** The privacy policy's list of recipients, in one language, straight from the registry (the site itself excluded). */
export const recipientList = ({ locale, registry = processorRegistry }: { locale: Locale; registry?: readonly Processor[] }): Recipient[] =>
  registry
    .filter((p) => p.id !== 'site')
    .map((p) => ({ name: p.name, description: p.description[locale], storage: p.storage[locale], legalBasis: p.legalBasis, privacyPolicyUrl: p.privacyPolicyUrl, category: p.category }))
