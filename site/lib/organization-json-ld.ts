import type { Organisation } from './content'

/** schema.org Organization from the organisation global (the controller named in the privacy policy). */
export const organizationJsonLd = ({ organisation, siteUrl }: { organisation: Organisation; siteUrl: string }) => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: organisation.legalName,
  url: `${siteUrl}/`,
  logo: `${siteUrl}/favicon.svg`,
  email: organisation.email,
  vatID: organisation.enterpriseNumber,
  address: {
    '@type': 'PostalAddress',
    streetAddress: organisation.street,
    postalCode: organisation.postalCode,
    addressLocality: organisation.city,
    addressCountry: organisation.country,
  },
})
