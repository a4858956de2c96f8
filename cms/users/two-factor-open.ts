const openApi = ['/api/users/two-factor/', '/api/users/logout', '/api/users/me']
const openPages = ['/admin/two-factor', '/admin/logout', '/admin/login']

/**
 * What a signed-in user whose second factor is pending may still reach: the two-factor endpoints, sign-out, /me,
 * and the pages showing them. Pages only by GET: a POST to a page is a Next server action, which runs Payload
 * operations (forms, lists) the gate must keep closed.
 */
export const twoFactorOpen = ({ pathname, method }: { pathname: string; method: string }): boolean =>
  openApi.some((p) => pathname.startsWith(p)) || ((method === 'GET' || method === 'HEAD') && openPages.some((p) => pathname === p || pathname.startsWith(`${p}/`)))
