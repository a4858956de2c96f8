import type { ResendStandIn } from '../stand-ins/resend-stand-in'

/**
 * The environment that points a CMS (this process's or a server process's) at the Resend stand-in: its key, address
 * and webhook secret, a sender on the stand-in's verified domain, and a fixed public URL, as in production (links,
 * and so a resent message's bytes, do not depend on a port).
 */
export const resendEnv = ({ standIn, maxRequestsPerSecond }: { standIn: ResendStandIn; maxRequestsPerSecond?: number }): Record<string, string> => ({
  RESEND_API_KEY: standIn.apiKey,
  RESEND_BASE_URL: standIn.url,
  RESEND_WEBHOOK_SECRET: standIn.webhookSecret,
  ...(maxRequestsPerSecond === undefined ? {} : { RESEND_MAX_REQUESTS_PER_SECOND: String(maxRequestsPerSecond) }),
  MAIL_FROM: 'myPlugin <hello@myplugin.test>',
  PUBLIC_URL: 'https://www.myplugin.test',
})
