import type { TwoFactorRecord } from './two-factor-record'

/** The record's verified sessions plus this one, forgetting sessions Payload no longer has (signed out, expired). */
export const verifiedSessions = ({ record, sid }: { record: TwoFactorRecord; sid: string | undefined }): string[] => [
  ...record.sessions.filter((s) => record.liveSessions.includes(s) && s !== sid),
  ...(sid ? [sid] : []),
]
