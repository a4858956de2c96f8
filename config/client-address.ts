/**
 * The client behind a request, for rate limits and the consent ledger's truncated IP: the socket's address, or
 * behind a trusted proxy (TRUST_PROXY) the first X-Forwarded-For address. One rule for the server's write guard,
 * the sign-up limits and the ledger, so all three count the same person (behind a proxy the socket address is the
 * proxy's, the same for everyone).
 */
export const clientAddress = ({ forwardedFor, socketAddress, trustProxy }: { forwardedFor: string | null | undefined; socketAddress: string | undefined; trustProxy: boolean }): string => {
  const forwarded = trustProxy ? (forwardedFor ?? '').split(',')[0]?.trim() : ''
  return forwarded || socketAddress || 'unknown'
}
