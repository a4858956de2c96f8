/**
 * The access matrix (tests/support/access-matrix/matrix.ts) through the Local API with access enforced
 * (`overrideAccess: false`, in this process): every collection and global × anonymous / editor / marketer / admin ×
 * every operation. REST and GraphQL: the other access-matrix-*.test.ts files.
 */
import { describeDoor } from '../support/access-matrix/checks'
import { setupAccessMatrix } from '../support/access-matrix/setup'

setupAccessMatrix({ withServer: false })
describeDoor('Local API')
