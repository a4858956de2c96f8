/**
 * The access matrix (tests/support/access-matrix/matrix.ts) through REST, real HTTP against a production server
 * process: every collection and global × anonymous / editor / marketer / admin × every operation. GraphQL and the
 * Local API: the other access-matrix-*.test.ts files.
 */
import { describeDoor } from '../support/access-matrix/checks'
import { setupAccessMatrix } from '../support/access-matrix/setup'

setupAccessMatrix({ withServer: true })
describeDoor('REST')
