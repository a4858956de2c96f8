import { clientAddress } from '../../config/client-address'
import { loadEnv } from '../../config/load-env'

let trustProxy: boolean | undefined

/**
 * The client behind an Astro request, by the same rule as the server's write guard (config/client-address.ts):
 * Astro trusts forwarded headers only for its own allowed domains, so its clientAddress would be the proxy's for
 * everyone.
 */
export const clientAddressOf = ({ headers, clientAddress: socketAddress }: { headers: Headers; clientAddress: string }): string => {
  trustProxy ??= loadEnv().TRUST_PROXY
  return clientAddress({ forwardedFor: headers.get('x-forwarded-for'), socketAddress, trustProxy })
}
