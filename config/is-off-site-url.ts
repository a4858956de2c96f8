/**
 * True when a redirect target leaves this site: anything but a path starting with a single "/" ("//host" and "/\host"
 * are other hosts to a browser). Such a target never receives the visitor's query string, and only admins may set one.
 */
export const isOffSiteUrl = ({ url }: { url: string }): boolean => !/^\/(?![/\\])/.test(url.trim())
