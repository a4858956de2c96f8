/** The first-party parameter that carries a campaign from a mail's link to a later sign-up on the site. */
export const campaignParam = 'mp_c'

/**
 * Adds the campaign parameter to links that point at our own site (other sites never learn it). The parameter
 * names the campaign only, never the person.
 */
export const withCampaignParam = ({ url, campaignId, publicUrl }: { url: string; campaignId: string | number; publicUrl: string }): string => {
  try {
    const target = new URL(url)
    if (target.origin !== new URL(publicUrl).origin) return url
    target.searchParams.set(campaignParam, String(campaignId))
    return target.toString()
  } catch {
    return url
  }
}
