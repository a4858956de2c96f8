/** The ledger event of confirming one sign-up: it exists once that link was used (a reused link records nothing). */
export const confirmEventId = ({ subscriberId, nonce }: { subscriberId: string | number; nonce: string }) => `newsletter-confirm:${subscriberId}:${nonce}`
