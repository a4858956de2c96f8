/**
 * robots.txt: everything may be crawled except the admin and the API — but media files (served under /api/media/)
 * stay allowed, or share images would be blocked for the crawlers that honour robots.txt. With indexing switched off
 * (e.g. staging) everything is disallowed and no sitemap is announced.
 */
export const robotsTxt = ({ allowIndexing, siteUrl }: { allowIndexing: boolean; siteUrl: string }): string =>
  allowIndexing
    ? ['User-agent: *', 'Allow: /', 'Allow: /api/media/file/', 'Disallow: /admin', 'Disallow: /api', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n')
    : ['User-agent: *', 'Disallow: /', 'Disallow: /admin', 'Disallow: /api', ''].join('\n')
