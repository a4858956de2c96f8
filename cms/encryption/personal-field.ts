import { validations, type EmailField, type Field, type FieldHook, type JSONField, type TextareaField, type TextField, type Validate } from 'payload'

import { decryptValue } from './decrypt-value'
import { encryptValue } from './encrypt-value'
import { keyringOf } from './keyring-of'

/** What the field marks itself with: read by encryptPersonalData (hashes, lookups) and the rotation command. */
export type PersonalFieldMarker = { context: string; lookup?: { hashField: string; namespace: string; unique: boolean } }

type Base =
  | Omit<TextField, 'type' | 'hasMany' | 'hooks' | 'custom' | 'validate'>
  | Omit<EmailField, 'type' | 'hooks' | 'custom' | 'validate'>
  | Omit<TextareaField, 'type' | 'hooks' | 'custom' | 'validate'>
  | Omit<JSONField, 'type' | 'hooks' | 'custom' | 'validate' | 'jsonSchema'>

type Args = Base & {
  /** json: the whole value is encrypted as one (e.g. a kept message); it reads back as the object it was. */
  type: 'text' | 'email' | 'textarea' | 'json'
  /** Collection slug: with the field name it forms the context each value is bound to. */
  collection: string
  /**
   * Found by exact value (e-mail addresses): a hidden `<name>Hash` field holds a keyed hash (HMAC) of the normalised
   * value, and queries on this field are answered through it. `unique` makes the hash unique.
   */
  lookup?: { namespace: string; unique?: boolean }
}

const defaultValidate = { text: validations.text, email: validations.email, textarea: validations.textarea, json: validations.json }

/**
 * A personal field (an address, a name, an organisation, a free-text answer): stored encrypted (AES-256-GCM, see
 * encrypt-value.ts), decrypted when read by whoever may read the collection. Validation sees the plaintext (hooks run
 * before it, so the validator decrypts what the hook encrypted). Queries: only `lookup` fields, by exact value.
 */
export const personalField = ({ collection, lookup, ...field }: Args): Field[] => {
  const context = `${collection}.${field.name}`
  const json = field.type === 'json'
  const present = (value: unknown) => value !== undefined && value !== null && value !== ''
  const open = (payload: Parameters<typeof keyringOf>[0], stored: string): unknown => {
    const plain = decryptValue({ keyring: keyringOf(payload), stored, context })
    return json && plain !== stored ? JSON.parse(plain) : plain
  }
  const encrypt: FieldHook = ({ value, req }) =>
    present(value) ? encryptValue({ keyring: keyringOf(req.payload), plaintext: json ? JSON.stringify(value) : String(value), context }) : value
  const decrypt: FieldHook = ({ value, req }) => (typeof value === 'string' && value !== '' ? open(req.payload, value) : value)
  const validate: Validate = (value, options) => {
    const plain = typeof value === 'string' && value !== '' ? open(options.req.payload, value) : value
    // Payload flags a json field holding a string that is not JSON: the ciphertext is such a string, by design.
    return (defaultValidate[field.type] as Validate)(plain, json ? ({ ...options, jsonError: undefined } as typeof options) : options)
  }
  const marker: PersonalFieldMarker = { context, lookup: lookup && { hashField: `${field.name}Hash`, namespace: lookup.namespace, unique: lookup.unique ?? false } }
  const main = {
    ...field,
    // The stored value is ciphertext: an index or a unique constraint on it would mean nothing (see `lookup`).
    index: false,
    unique: false,
    validate,
    hooks: { beforeChange: [encrypt], afterRead: [decrypt] },
    custom: { personal: marker },
  } as Field
  if (!lookup) return [main]
  const hash: Field = {
    name: `${field.name}Hash`,
    type: 'text',
    index: true,
    unique: lookup.unique ?? false,
    // Written by encryptPersonalData's hooks, which also drop it from every document read; not `hidden`, because
    // Payload refuses queries on hidden fields from REST and GraphQL, and every lookup by address is one.
    admin: { disabled: true },
  }
  return [main, hash]
}
