import { sha256 } from '../../config/sha256'

/** The stored form of a recovery code; spaces, dashes and case do not matter when typing it. */
export const recoveryCodeHash = ({ code }: { code: string }): string => sha256({ text: code.replace(/[\s-]/g, '').toUpperCase() })
