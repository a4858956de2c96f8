import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { keyringOf } from '../encryption/keyring-of'
import { rewritePersonalColumns, type PersonalColumn } from './support/rewrite-personal-columns'

// The two-factor secrets, now personalField (cms/users/two-factor-fields.ts). No schema change: the columns stay
// text (20261202_183651_two_factor added them); this snapshot is the first to describe them after the encryption one.
const columns: PersonalColumn[] = [
  { table: 'users', column: 'totp_secret', context: 'users.totpSecret' },
  { table: 'users', column: 'totp_pending_secret', context: 'users.totpPendingSecret' },
]

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  // Secrets stored before this migration are plaintext: encrypted here, so no copy of the database can mint codes.
  await rewritePersonalColumns({ db, keyring: keyringOf(payload), columns, direction: 'encrypt' })
}

export async function down({ db, payload }: MigrateDownArgs): Promise<void> {
  // The code before this migration reads the secrets as they are: give them back in clear.
  await rewritePersonalColumns({ db, keyring: keyringOf(payload), columns, direction: 'decrypt' })
}
