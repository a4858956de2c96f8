import type { Payload } from 'payload'

import type { OrganisationDetails } from '../../emails/organisation-details'
import { linkSettingsOf } from '../links/link-settings'

/** The Organisation global, shaped for the mail layout's footer. */
export const loadOrganisationDetails = async ({ payload }: { payload: Payload }): Promise<OrganisationDetails> => {
  const o = await payload.findGlobal({ slug: 'organisation', depth: 0, overrideAccess: true })
  return {
    legalName: o.legalName,
    street: o.street,
    postalCode: o.postalCode,
    city: o.city,
    country: o.country,
    enterpriseNumber: o.enterpriseNumber,
    email: o.email,
    website: linkSettingsOf(payload).publicUrl,
  }
}
