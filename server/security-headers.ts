import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Headers every response carries. Astro replaces the site's CSP on every page it renders with its hash-based policy
 * (astro.config.mjs: hashes, never nonces, so cached pages stay valid); the value set here covers everything else
 * the site answers. The admin (Next) gets the same framing rules without a script policy (Next inlines its bootstrap).
 */
export const applySecurityHeaders = ({
  req,
  res,
  area,
  trustProxy,
}: {
  req: IncomingMessage
  res: ServerResponse
  area: 'site' | 'admin'
  trustProxy: boolean
}): void => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader(
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  )
  const csp =
    area === 'site'
      ? "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
      : "frame-ancestors 'self'; base-uri 'self'; object-src 'none'"
  res.setHeader('Content-Security-Policy', csp)
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted)
  const forwardedHttps = trustProxy && String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https'
  if (encrypted || forwardedHttps) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
}
