import type { Locale } from '../config/locales'
import type { OrganisationDetails } from './organisation-details'
import { renderMail } from './render-mail'

export type { RenderedMail } from './rendered-mail'

/** The test mail (template `test-mail`), kept as a function for its existing callers. */
export const renderTestMail = ({ locale, organisation }: { locale: Locale; organisation?: OrganisationDetails }) =>
  renderMail({ template: 'test-mail', locale, props: {}, organisation })
