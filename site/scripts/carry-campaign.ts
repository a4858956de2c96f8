/** The campaign parameter our campaign mails add to links to the site (first-party, no cookie, no storage). */
export const campaignParam = 'mp_c'
const valid = /^[A-Za-z0-9]{1,32}$/

/**
 * Keeps a campaign visit attributable without cookies or storage: when the landing URL carries `mp_c`, internal
 * links get it too and sign-up forms get it in their hidden field, so a sign-up a few clicks later still names the
 * campaign. Runs in the browser on cached pages (nothing per visitor is in their HTML).
 */
export const carryCampaign = ({ location, document }: { location: Location; document: Document }): void => {
  const value = new URLSearchParams(location.search).get(campaignParam)
  if (!value || !valid.test(value)) return
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.getAttribute('href') ?? '', location.href)
    if (url.origin !== location.origin || /^\/(api|admin|_next)(\/|$)/.test(url.pathname) || url.searchParams.has(campaignParam)) continue
    if (url.pathname === location.pathname && url.search === '' && url.hash !== '') continue
    url.searchParams.set(campaignParam, value)
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`)
  }
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${campaignParam}"]`)) {
    if (!input.value) input.value = value
  }
}
