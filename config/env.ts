import { z } from 'zod'
import { isDataKey } from './is-data-key'

/**
 * The one schema for every environment variable the product reads. Parsed once at start-up; each problem is
 * reported as "NAME: what is wrong — how to fix it" so an operator never has to read a stack trace.
 */
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)))

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback
      const n = Number(v)
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` })
        return z.NEVER
      }
      return n
    })

const databaseUrl = z
  .string()
  .optional()
  .transform((v, ctx) => {
    // Unset: the runtime puts the SQLite file in DATA_DIR (see runtime.ts).
    if (v === undefined || v.trim() === '') return undefined
    const url = v.trim()
    if (url.startsWith('file:')) return { kind: 'sqlite' as const, url }
    if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb' as const, url }
    const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
    ctx.addIssue({
      code: 'custom',
      message: `unsupported scheme "${scheme}" — use file:./data/myplugin.db (embedded SQLite) or mongodb://… / mongodb+srv://… (MongoDB replica set)`,
    })
    return z.NEVER
  })

/** An optional http(s) URL, normalised by `keep`; anything else is refused with an example of what is meant. */
const optionalHttpUrl = ({ example, keep }: { example: string; keep: (u: URL) => string }) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined
      try {
        const u = new URL(v)
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme')
        return keep(u)
      } catch {
        ctx.addIssue({ code: 'custom', message: `must be an http(s) URL such as ${example}, got "${v}"` })
        return z.NEVER
      }
    })

const optionalUrl = optionalHttpUrl({ example: 'https://www.myplugin.app', keep: (u) => u.origin })

const optionalSecret = (prefix: string, example: string) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || (v.startsWith(prefix) && v.length > prefix.length + 8), { message: `must look like ${example}` })

// A Standard Webhooks secret: whsec_ and base64 of at least 24 random bytes (the standard's minimum).
const signingSecret = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .refine((v) => v === undefined || (/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v.slice(6), 'base64').length >= 24), {
    message: 'must be whsec_ followed by at least 24 random bytes in base64, e.g. from: echo whsec_$(openssl rand -base64 32)',
  })

const dataKeyMessage = 'must be 32 random bytes in base64, e.g. from: openssl rand -base64 32'
const dataKey = z.string().refine(isDataKey, { message: dataKeyMessage })

// "Name <address>" or a bare address, one line (it becomes a header).
const mailbox = z
  .string()
  .optional()
  .refine((v) => v === undefined || /^(?:[^<>\r\n"]{1,100} <[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/.test(v.trim()), {
    message: 'must be an address or "Name <address>" on one line, e.g. myPlugin <hello@myplugin.app>',
  })

// Keep a path (a proxy may sit under one); drop the trailing slash the SDK would double.
const baseUrl = optionalHttpUrl({ example: 'https://api.resend.com', keep: (u) => `${u.origin}${u.pathname.replace(/\/+$/, '')}` })

export const envSchema = z.object({
  APP_ENV: z
    .enum(['development', 'test', 'production'], {
      message: 'must be development, test or production',
    })
    .default('development'),
  PORT: int(3000, 1, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: optionalUrl,
  DATABASE_URL: databaseUrl,
  DATA_DIR: z.string().min(1).default('./data'),
  PAYLOAD_SECRET: z.string().optional(),
  // Encrypts personal data at rest (AES-256-GCM): 32 random bytes in base64. Unset outside production: generated once
  // into DATA_DIR. While rotating, the old key goes in DATA_ENCRYPTION_KEY_PREVIOUS (comma-separated if several).
  DATA_ENCRYPTION_KEY: dataKey.optional(),
  DATA_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys = (v ?? '').split(',').map((k) => k.trim()).filter(Boolean)
      for (const key of keys) if (!isDataKey(key)) ctx.addIssue({ code: 'custom', message: dataKeyMessage })
      return keys
    }),
  JOBS_ENABLED: bool(true),
  JOBS_POLL_MS: int(1000, 50, 600_000),
  JOBS_LEASE_MS: int(300_000, 1000, 86_400_000),
  // How often an instance checks whether another instance published something (its render cache then empties).
  RENDER_CACHE_POLL_MS: int(1000, 100, 60_000),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 600_000),
  TRUST_PROXY: bool(false),
  // Per client address and instance: state-changing requests per minute, sign-in attempts per 5 minutes (GraphQL
  // sign-in mutations count one each, aliases included), and GraphQL requests (GET and POST) per minute.
  RATE_LIMIT_WRITES_PER_MINUTE: int(300, 1, 100_000),
  RATE_LIMIT_LOGINS_PER_5_MINUTES: int(10, 1, 10_000),
  RATE_LIMIT_GRAPHQL_PER_MINUTE: int(60, 1, 100_000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // Media on S3-compatible storage (an EU region) when S3_BUCKET is set; local disk in DATA_DIR/media otherwise.
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().default('eu-central-1'),
  S3_ENDPOINT: optionalUrl,
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool(false),
  // Production refuses an S3_REGION outside the EU (config/eu-storage-regions.ts) unless this says it is intended.
  ALLOW_NON_EU_STORAGE: bool(false),
  SEED_DEMO: bool(true),
  SEED_ADMIN_EMAIL: z.email({ message: 'must be an e-mail address' }).optional(),
  SEED_ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  // Mail through Resend when RESEND_API_KEY is set; otherwise mail lands in the local outbox (admin → Mail → Outbox).
  RESEND_API_KEY: optionalSecret('re_', 're_123abc… (Resend → API Keys)'),
  // Only for a stand-in or a proxy: the SDK talks to https://api.resend.com otherwise.
  RESEND_BASE_URL: baseUrl,
  // Signing secret of the delivery-events webhook (Resend → Webhooks → endpoint …/api/mail/webhooks/resend).
  RESEND_WEBHOOK_SECRET: optionalSecret('whsec_', 'whsec_… (Resend → Webhooks → Signing secret)'),
  // This instance's share of the Resend account's request budget (Resend's default account limit is 2/s).
  RESEND_MAX_REQUESTS_PER_SECOND: int(2, 1, 1000),
  MAIL_FROM: mailbox,
  MAIL_REPLY_TO: mailbox,
  // The mailbox in List-Unsubscribe's mailto; default: MAIL_REPLY_TO's address, else MAIL_FROM's.
  MAIL_UNSUBSCRIBE_MAILBOX: z.email({ message: 'must be an e-mail address' }).optional(),
  // Leads go to HubSpot (issue #18) only with a private app's token; without one the CRM is off and the admin says
  // so (`npm start` runs a local stand-in instead, server/start-local-hubspot.ts).
  HUBSPOT_ACCESS_TOKEN: optionalSecret('pat-', 'pat-eu1-… (HubSpot → Settings → Integrations → Private apps)'),
  // Only for a stand-in or a proxy: the client talks to https://api.hubapi.com otherwise.
  HUBSPOT_BASE_URL: optionalHttpUrl({ example: 'https://api.hubapi.com', keep: (u) => `${u.origin}${u.pathname.replace(/\/+$/, '')}` }),
  // The account's request budget per rolling 10 seconds (HubSpot: 100 for a private app on most tiers, 190 on
  // Professional and Enterprise); this instance paces itself under it.
  HUBSPOT_REQUESTS_PER_10_SECONDS: int(100, 1, 1000),
  // How often a sync round starts (seconds): a lead waits at most about this long before it travels.
  HUBSPOT_SYNC_EVERY_SECONDS: int(60, 10, 3600),
  // The subscription type (HubSpot → Marketing → Email → Subscriptions) a CRM follow-up consent subscribes the
  // person to, with its legal basis. Unset: contacts are synced without a subscription status.
  HUBSPOT_SUBSCRIPTION_ID: z.string().regex(/^\d{1,20}$/, { message: 'must be the numeric id of a HubSpot subscription type' }).optional(),
  // Leave empty: `npm start` sets it itself when it runs the local stand-in (refused in production).
  HUBSPOT_STAND_IN: bool(false),
  // false: `npm start` does not run the local HubSpot stand-in without HUBSPOT_ACCESS_TOKEN (the CRM is then off).
  HUBSPOT_LOCAL_STAND_IN: bool(true),
  // The web application that opens trial accounts: POST {TRIAL_PROVISIONING_URL}/trials, signed (Standard Webhooks)
  // with TRIAL_PROVISIONING_SECRET. Its conversion/expiry webhooks to us are signed with TRIAL_WEBHOOK_SECRET: one
  // secret per direction, so a leaked one forges one direction only and each is rotated on its own.
  TRIAL_PROVISIONING_URL: optionalHttpUrl({ example: 'https://app.myplugin.app/provisioning', keep: (u) => `${u.origin}${u.pathname.replace(/\/+$/, '')}` }),
  TRIAL_PROVISIONING_SECRET: signingSecret,
  TRIAL_WEBHOOK_SECRET: signingSecret,
  // A provisioning request without a complete answer by then is abandoned and retried later (same idempotency key).
  TRIAL_PROVISIONING_TIMEOUT_MS: int(10_000, 1000, 120_000),
  // Not for operators: `npm start` sets it (with the URL and both secrets) when it started the local stand-in of the
  // web application because no TRIAL_PROVISIONING_URL was given (server/start-local-trial-app.ts); the admin says so.
  TRIAL_PROVISIONING_STAND_IN: bool(false),
  // `npm start` without TRIAL_PROVISIONING_URL outside production runs the local stand-in; false: it does not, and
  // verified trials wait as in production (the test helper that starts server processes sets it, one process fewer).
  TRIAL_LOCAL_STAND_IN: bool(true),
}).superRefine((env, ctx) => {
  if (env.APP_ENV === 'production' && env.HUBSPOT_STAND_IN) {
    ctx.addIssue({ code: 'custom', path: ['HUBSPOT_STAND_IN'], message: 'is for development only — production syncs with HubSpot itself: unset it and set HUBSPOT_ACCESS_TOKEN' })
  }
  if (env.APP_ENV === 'production' && env.TRIAL_PROVISIONING_STAND_IN) {
    ctx.addIssue({ code: 'custom', path: ['TRIAL_PROVISIONING_STAND_IN'], message: 'is for development only — production opens trials in the real web application: unset it and set TRIAL_PROVISIONING_URL' })
  }
  if (env.TRIAL_PROVISIONING_URL && !env.TRIAL_PROVISIONING_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TRIAL_PROVISIONING_SECRET'], message: 'is required with TRIAL_PROVISIONING_URL — the web application refuses unsigned requests; use the secret configured there (whsec_…)' })
  }
  if (env.APP_ENV === 'production' && env.TRIAL_PROVISIONING_URL && !env.TRIAL_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['TRIAL_WEBHOOK_SECRET'], message: 'is required in production with TRIAL_PROVISIONING_URL — conversions and expiries must stop the lifecycle mails' })
  }
  if (!env.RESEND_API_KEY) return
  if (!env.MAIL_FROM) ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required with RESEND_API_KEY — a sender on a domain verified at Resend, e.g. myPlugin <hello@myplugin.app>' })
  if (env.APP_ENV === 'production' && !env.RESEND_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['RESEND_WEBHOOK_SECRET'], message: 'is required in production with RESEND_API_KEY — bounces and complaints must reach the suppression list' })
  }
})

export type Env = z.output<typeof envSchema>
