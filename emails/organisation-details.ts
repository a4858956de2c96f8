/**
 * The sender's identity printed in every mail's footer (the law wants it in commercial mail). The CMS passes the
 * Organisation global in; templates never read the CMS themselves.
 */
export type OrganisationDetails = {
  legalName: string
  street: string
  postalCode: string
  city: string
  country: string
  enterpriseNumber: string
  email: string
  /** The public site, e.g. https://www.myplugin.app */
  website: string
}

/** The 2021 policy's details: used by previews, tests and the callers that have no CMS at hand. */
export const defaultOrganisation: OrganisationDetails = {
  legalName: 'myPlugin',
  street: 'Dopheide 25',
  postalCode: '3970',
  city: 'Leopoldsburg',
  country: 'BE',
  enterpriseNumber: 'BE 0756.779.548',
  email: 'info@myplugin.app',
  website: 'https://www.myplugin.app',
}
