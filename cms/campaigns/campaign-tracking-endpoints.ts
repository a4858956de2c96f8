import type { Endpoint } from 'payload'

import { readClickToken } from '../links/click-token'
import { recordCampaignClick } from './record-campaign-click'
import { recordCampaignOpen } from './record-campaign-open'

// The smallest transparent GIF: what an open pixel answers, whatever happened.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const noStore = { 'Cache-Control': 'no-store, private', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' }

const tokenOf = (raw: unknown) => (typeof raw === 'string' ? raw.replace(/\.gif$/, '') : '')

/**
 * /api/campaigns/click/:token and /api/campaigns/open/:token — our own measurement of campaign mails (the mail
 * provider's tracking is off). Anyone may call them: the signed token is the authority. A failure to count never
 * keeps a person from their page, and never answers differently for a named or an anonymous link.
 */
export const campaignTrackingEndpoints: Endpoint[] = [
  {
    path: '/click/:token',
    method: 'get',
    handler: async (req) => {
      const read = readClickToken({ secret: req.payload.secret, token: tokenOf(req.routeParams?.token) })
      if (read.state === 'invalid') return new Response('This link is not valid.', { status: 404, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } })
      // An expired link still leads to its page (a mail kept for years keeps working) but counts nothing.
      if (read.state === 'valid') {
        try {
          await recordCampaignClick({ payload: req.payload, claim: read.claim })
        } catch (error) {
          req.payload.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'campaign click not counted')
        }
      }
      return new Response(null, { status: 302, headers: { ...noStore, Location: read.claim.url } })
    },
  },
  {
    path: '/open/:token',
    method: 'get',
    handler: async (req) => {
      try {
        await recordCampaignOpen({ payload: req.payload, token: tokenOf(req.routeParams?.token) })
      } catch (error) {
        req.payload.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'campaign open not counted')
      }
      return new Response(pixel, { status: 200, headers: { ...noStore, 'Content-Type': 'image/gif', 'Content-Length': String(pixel.length) } })
    },
  },
]
