import type { Block } from 'payload'

/** A newsletter sign-up form (double opt-in); the consent wording shown is recorded with every sign-up. */
export const NewsletterSignupBlock: Block = {
  slug: 'newsletterSignup',
  interfaceName: 'NewsletterSignupBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    { name: 'consentText', type: 'textarea', required: true, localized: true },
    { name: 'buttonLabel', type: 'text', required: true, localized: true },
  ],
}
