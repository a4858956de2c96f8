import { randomBytes } from 'node:crypto'

/** A contact's random reference: 128 bits, URL-safe (22 characters). */
export const newContactRef = (): string => randomBytes(16).toString('base64url')
