/** A data encryption key: exactly 32 bytes (AES-256), written in base64 or base64url. */
export const isDataKey = (value: string): boolean =>
  /^[A-Za-z0-9+/_-]{43}=?$/.test(value.trim()) && Buffer.from(value.trim(), 'base64').length === 32
