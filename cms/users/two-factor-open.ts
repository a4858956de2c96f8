const openApi = ['/api/users/two-factor/', '/api/users/logout', '/api/users/me']
// Read by the admin's shell on every page (the user's own interface settings, e.g. the admin language).
const openApiReads = ['/api/payload-preferences/']
const openPages = ['/admin/two-factor', '/admin/logout', '/admin/login']

const isRead = (method: string) => method === 'GET' || method === 'HEAD'

/**
 * What a signed-in user whose second factor is pending may still reach: the two-factor endpoints, sign-out, /me,
 * reading their own admin preferences, and the pages showing them. Pages only by GET: a POST to a page is a Next
 * server action, which runs Payload operations (forms, lists) the gate must keep closed.
 */
export const twoFactorOpen = ({ pathname, method }: { pathname: string; method: string }): boolean =>
  openApi.some((p) => pathname.startsWith(p)) ||
  (isRead(method) && openApiReads.some((p) => pathname.startsWith(p))) ||
  (isRead(method) && openPages.some((p) => pathname === p || pathname.startsWith(`${p}/`)))
