import { createDecipheriv } from 'node:crypto'

import type { DataKeyring } from './data-keyring'
import { parseEncryptedValue } from './encrypted-value-format'

export class DataKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DataKeyError'
  }
}

/**
 * The plaintext of a stored value. A value that is not in the encrypted format is returned as it is: rows written
 * before encryption stay readable until the rotation command encrypts them. A value under a key the keyring lacks,
 * or that fails authentication (wrong key, tampered, moved from another field), throws: never a silent wrong answer.
 */
export const decryptValue = ({ keyring, stored, context }: { keyring: DataKeyring; stored: string; context: string }): string => {
  const parsed = parseEncryptedValue(stored)
  if (!parsed) return stored
  const key = keyring.byId.get(parsed.keyId)
  if (!key) throw new DataKeyError(`a value is encrypted under key ${parsed.keyId}, which is not configured (DATA_ENCRYPTION_KEY / DATA_ENCRYPTION_KEY_PREVIOUS)`)
  if (parsed.body.length < 28) throw new DataKeyError('an encrypted value is truncated')
  const nonce = parsed.body.subarray(0, 12)
  const tag = parsed.body.subarray(parsed.body.length - 16)
  const ciphertext = parsed.body.subarray(12, parsed.body.length - 16)
  const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, nonce)
  decipher.setAAD(Buffer.from(context, 'utf8'))
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw new DataKeyError(`an encrypted value does not decrypt under key ${parsed.keyId} (wrong key, or the value was altered)`)
  }
}
