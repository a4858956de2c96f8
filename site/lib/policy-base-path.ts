/** Where each policy lives on the site, after the language: `/nl/privacy`, `/nl/cookies`. */
export const policyBasePath = { privacy: '/privacy', cookie: '/cookies' } as const satisfies Record<'privacy' | 'cookie', string>
