import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isPeopleManager } from '../access/is-people-manager'
import { auditGlobal } from '../audit'
import { invalidateOnGlobalChange } from '../content'

/**
 * The words people agree to when they subscribe: shown next to the form's button and stored (as a hash, with the
 * policy version) in the consent ledger with every confirmation. Changing them changes what later records point to;
 * earlier records keep the hash of what those people saw.
 */
export const NewsletterSettings: GlobalConfig = {
  slug: 'newsletter-settings',
  admin: { group: 'Newsletters' },
  access: { read: anyone, update: isPeopleManager },
  hooks: { afterChange: [auditGlobal, invalidateOnGlobalChange] },
  fields: [
    {
      name: 'consentText',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 600,
      defaultValue: 'Ja, stuur me de gekozen nieuwsbrieven. Ik kan me op elk moment uitschrijven via de link onderaan elke mail. myPlugin gebruikt mijn gegevens zoals beschreven in de privacyverklaring.',
      admin: { description: 'Shown next to the sign-up button and recorded with every confirmation.' },
    },
    {
      name: 'trackingText',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      defaultValue: 'Meet per persoon of ik mails open en op links klik, zodat de inhoud beter aansluit (optioneel).',
      admin: { description: 'The optional tick box for per-person open and click measurement.' },
    },
  ],
}
