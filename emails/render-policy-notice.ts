import type { Locale } from '../config/locales'
import type { OrganisationDetails } from './organisation-details'
import { renderMail } from './render-mail'
import type { RenderedMail } from './rendered-mail'

/** The notice of a major policy change (template `policy-notice`), kept as a function for its existing callers. */
export const renderPolicyNotice = ({
  locale,
  versionLabel,
  summary,
  url,
  organisation,
}: {
  locale: Locale
  versionLabel: string
  summary: string
  url: string
  organisation?: OrganisationDetails
}): RenderedMail => renderMail({ template: 'policy-notice', locale, props: { versionLabel, summary, url }, organisation })
