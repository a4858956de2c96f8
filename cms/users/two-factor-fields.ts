import type { Field } from 'payload'

import { nobodyField } from '../access/nobody-field'
import { personalField } from '../encryption/personal-field'

// Nobody reads or writes these through any door (REST, GraphQL, admin form): `hidden` keeps them out of every
// response and of the user object Payload hands the admin's browser; only the two-factor operations touch them,
// with overrideAccess and showHiddenFields.
const secretAccess = { read: nobodyField, create: nobodyField, update: nobodyField }

/** The fields two-factor sign-in keeps on a user. */
export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    defaultValue: false,
    // Visible (admins see who enrolled), but only the enrolment operation sets it.
    access: { create: nobodyField, update: nobodyField },
    admin: { readOnly: true, position: 'sidebar', description: 'Set by the user at /admin/two-factor.' },
  },
  // The secrets are stored encrypted (personalField: AES-256-GCM under DATA_ENCRYPTION_KEY, bound to the field), so a
  // copy of the database or a backup cannot mint codes. The two-factor operations read them decrypted.
  ...personalField({ collection: 'users', name: 'totpSecret', type: 'text', hidden: true, access: secretAccess }),
  // The secret offered during enrolment, until the user proves they scanned it.
  ...personalField({ collection: 'users', name: 'totpPendingSecret', type: 'text', hidden: true, access: secretAccess }),
  // The last time-step a code was accepted for: a code of that step or earlier is a replay.
  { name: 'totpLastStep', type: 'number', hidden: true, access: secretAccess },
  // SHA-256 hashes of the unused recovery codes (random, 50 bits each: a plain hash is enough).
  { name: 'recoveryCodeHashes', type: 'json', hidden: true, access: secretAccess },
  // Session ids (Payload's `sid`) that passed the second factor.
  { name: 'twoFactorSessions', type: 'json', hidden: true, access: secretAccess },
]
