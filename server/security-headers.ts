import type { IncomingMessage, ServerResponse } from 'node:http'

import { forwardedProto } from './forwarded-proto'

const policies = {
  site: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
  admin: "frame-ancestors 'self'; base-uri 'self'; object-src 'none'",
  // An uploaded file is data, never a page: an SVG opened directly must not run its scripts, load anything, or act
  // as our origin (sandbox). Payload sets `script-src 'none'` on SVGs itself, but Next keeps the header set here first.
  upload: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'none'; frame-ancestors 'self'; sandbox",
}

/** Payload's file routes of upload collections (`/api/media/file/photo.svg`, image sizes included). */
export const isUploadFilePath = (pathname: string): boolean => /^\/api\/[^/]+\/file\//.test(pathname)

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
  area: 'site' | 'admin' | 'upload'
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
  res.setHeader('Content-Security-Policy', policies[area])
  if (forwardedProto({ req, trustProxy }) === 'https') res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
}
