import type { IncomingMessage } from 'node:http'

/**
 * The scheme the client used, as far as this process can tell: `https` on a TLS socket; behind a trusted proxy the
 * first X-Forwarded-Proto value; otherwise undefined (plain http to this process, which may or may not have been
 * https up to a proxy we do not trust).
 */
export const forwardedProto = ({ req, trustProxy }: { req: IncomingMessage; trustProxy: boolean }): 'http' | 'https' | undefined => {
  if ((req.socket as { encrypted?: boolean }).encrypted) return 'https'
  if (!trustProxy) return undefined
  const first = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase()
  return first === 'https' || first === 'http' ? first : undefined
}
