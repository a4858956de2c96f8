import { z } from 'zod'

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000)

/** 201 (opened) or 200 (the same key again): the account and its sign-in link. Extra fields are the app's business. */
export const provisionedAnswer = z.object({
  accountId: z.string().min(1).max(200),
  loginUrl: httpUrl,
  // Optional: an application that does not say lets the site count the trial length it is configured with.
  trialEndsAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
})

/**
 * Every refusal: a short machine code (safe to log), and with 409 `account_exists` the existing account's sign-in
 * link when the application is willing to give it.
 */
export const refusalAnswer = z.object({
  error: z.string().regex(/^[a-z0-9_]{1,64}$/).catch('unknown'),
  loginUrl: httpUrl.optional().catch(undefined),
})
