import { createHmac } from 'node:crypto'

import type { DataKey, DataKeyring } from './data-keyring'

/** Addresses compare case-insensitively and without surrounding spaces: the hash must too. */
export const normaliseLookup = (value: string): string => value.trim().toLowerCase()

/** `h1.<key id>.<base64url HMAC-SHA256>` of the normalised value: equal values give equal hashes under one key. */
export const lookupHash = ({ key, value, namespace }: { key: DataKey; value: string; namespace: string }): string =>
  `h1.${key.id}.${createHmac('sha256', key.lookupKey).update(namespace).update('\0').update(normaliseLookup(value)).digest('base64url')}`

/**
 * The hashes a stored row may carry for this value, one per configured key (the current key first): while a rotation
 * runs, rows not yet rewritten still carry the previous key's hash, and a lookup must find them.
 */
export const lookupHashes = ({ keyring, value, namespace }: { keyring: DataKeyring; value: string; namespace: string }): string[] =>
  keyring.keys.map((key) => lookupHash({ key, value, namespace }))

/** The key id a stored lookup hash was made with. */
export const hashKeyIdOf = (stored: unknown): string | undefined => (typeof stored === 'string' ? /^h1\.([0-9a-f]{8})\./.exec(stored)?.[1] : undefined)
