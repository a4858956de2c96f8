import { createHash, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto'

export type DataKey = {
  /** Short, public name of the key, stored with every value it encrypted (so rotation knows what is left). */
  id: string
  /** AES-256-GCM key for values (a KeyObject made once: building one per value was a measurable share of a write). */
  encryptionKey: KeyObject
  /** HMAC key for lookup hashes: derived separately, so a hash reveals nothing about the encryption key. */
  lookupKey: KeyObject
}

export type DataKeyring = {
  /** New values are encrypted with this one. */
  current: DataKey
  /** Every key values may still be under: the current one first, then the previous ones while a rotation runs. */
  keys: DataKey[]
  byId: Map<string, DataKey>
}

const derive = (master: Buffer, purpose: string) => createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `myplugin ${purpose} v1`, 32)))

/** The keyring from the configured keys (base64, 32 bytes each), the current key first. */
export const dataKeyring = ({ keys }: { keys: string[] }): DataKeyring => {
  if (keys.length === 0) throw new Error('dataKeyring needs at least one key')
  const list = keys.map((encoded): DataKey => {
    const master = Buffer.from(encoded.trim(), 'base64')
    if (master.length !== 32) throw new Error('a data encryption key must be 32 bytes')
    const id = createHash('sha256').update('myplugin key id v1').update(master).digest('hex').slice(0, 8)
    return { id, encryptionKey: derive(master, 'field encryption'), lookupKey: derive(master, 'lookup hash') }
  })
  return { current: list[0] as DataKey, keys: list, byId: new Map(list.map((k) => [k.id, k])) }
}
