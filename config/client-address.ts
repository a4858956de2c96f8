/**
 * The client behind a request, for rate limits and the consent ledger's truncated IP: the socket's address, or
 * behind a trusted proxy (TRUST_PROXY) the address that proxy appended to X-Forwarded-For — the rightmost one. The
 * addresses to its left were written by the client itself and prove nothing (taking the leftmost would let anyone
 * reset their rate limits and choose the IP the ledger stores). One rule for the server's write guard, the sign-up
 * limits and the ledger, so all three count the same person.
 */
export const clientAddress = ({ forwardedFor, socketAddress, trustProxy }: { forwardedFor: string | null | undefined; socketAddress: string | undefined; trustProxy: boolean }): string => {
  const forwarded = trustProxy ? (forwardedFor ?? '').split(',').at(-1)?.trim() : ''
  return forwarded || socketAddress || 'unknown'
}
