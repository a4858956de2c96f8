import { createCipheriv, randomBytes } from 'node:crypto'

import type { DataKeyring } from './data-keyring'
import { encryptedPrefix } from './encrypted-value-format'

/**
 * AES-256-GCM under the current key, with a fresh 96-bit nonce per value. `context` (e.g. "contacts.email") is
 * authenticated with the value, so a ciphertext copied into another field does not decrypt.
 */
export const encryptValue = ({ keyring, plaintext, context }: { keyring: DataKeyring; plaintext: string; context: string }): string => {
  const key = keyring.current
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, nonce)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([nonce, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${encryptedPrefix}${key.id}.${body.toString('base64url')}`
}
