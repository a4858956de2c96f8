import type { Block } from 'payload'

/**
 * A newsletter sign-up form (double opt-in). The consent wording is one text for the whole site (Newsletters →
 * Newsletter settings), so what every form shows is exactly what the ledger records.
 */
export const NewsletterSignupBlock: Block = {
  slug: 'newsletterSignup',
  interfaceName: 'NewsletterSignupBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    { name: 'buttonLabel', type: 'text', required: true, localized: true },
  ],
}
