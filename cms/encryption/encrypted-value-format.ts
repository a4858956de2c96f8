/**
 * How an encrypted value is stored: `enc1.<key id>.<base64url(12-byte nonce ‖ ciphertext ‖ 16-byte tag)>`. The key id
 * travels with the value, so values under different keys live side by side while a rotation runs.
 */
export const encryptedPrefix = 'enc1.'

const pattern = /^enc1\.([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/

export const parseEncryptedValue = (stored: string): { keyId: string; body: Buffer } | undefined => {
  const match = pattern.exec(stored)
  if (!match) return undefined
  return { keyId: match[1] as string, body: Buffer.from(match[2] as string, 'base64url') }
}

/** The key id of a stored encrypted value, or undefined for anything else (e.g. a value written before encryption). */
export const keyIdOf = (stored: unknown): string | undefined => (typeof stored === 'string' ? parseEncryptedValue(stored)?.keyId : undefined)
