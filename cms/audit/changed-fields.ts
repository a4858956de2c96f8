// Bookkeeping, secrets and computed (virtual) fields are not changes anyone made.
const ignored = new Set(['updatedAt', 'createdAt', 'id', '_status', 'globalType', 'missingTranslations', 'password', 'salt', 'hash', 'sessions', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil'])

/** Names of the top-level fields whose values differ (never the values: the audit log stays free of content). */
export const changedFields = ({ before, after }: { before?: Record<string, unknown> | null; after: Record<string, unknown> }): string[] =>
  Object.keys({ ...(before ?? {}), ...after })
    .filter((key) => !ignored.has(key))
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .sort()
