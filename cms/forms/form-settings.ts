import type { Field, GlobalConfig } from 'payload'

import { locales, type Locale } from '../../config/locales'
import { isPeopleManager } from '../access/is-people-manager'
import { auditGlobal } from '../audit'
import { defaultHealthTerms } from './default-health-terms'

const label: Record<Locale, string> = { nl: 'Dutch', fr: 'French', en: 'English' }

const termsField = (locale: Locale): Field => ({
  name: `healthTerms_${locale}`,
  label: `Health and client terms (${label[locale]})`,
  type: 'textarea',
  maxLength: 20_000,
  defaultValue: defaultHealthTerms[locale].join('\n'),
  admin: { description: 'One term per line. Free text naming one of them is flagged for review (all three lists are checked, whatever the language).' },
})

/**
 * Settings of the forms domain: the word lists the health screen flags free text with (GDPR Art. 9: a therapist
 * might type a client's health details into any box). Marketers and admins edit them; nobody reads them publicly.
 */
export const FormSettings: GlobalConfig = {
  slug: 'form-settings',
  label: 'Form settings',
  admin: { group: 'People' },
  access: { read: isPeopleManager, update: isPeopleManager },
  hooks: { afterChange: [auditGlobal] },
  fields: locales.map(termsField),
}
