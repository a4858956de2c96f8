import { sha256 } from '../../config/sha256'

/**
 * An address as a Facebook customer list takes it: SHA-256 (hex) of the address trimmed and lower-cased, the
 * normalisation Facebook applies before it hashes its own users' addresses to match them. The address itself
 * never leaves us.
 */
export const facebookEmailHash = ({ email }: { email: string }): string => sha256({ text: email.trim().toLowerCase() })
