const known = new Set(['secret', 'changeme', 'change-me', 'password', 'payload', 'your-secret-here', 'test'])

/**
 * A production secret signs sessions and tokens: it must be long and not a placeholder.
 * 32 characters with at least 10 distinct ones rules out "aaaa…" and copied examples.
 */
export const weakSecretReason = ({ secret }: { secret: string | undefined }): string | undefined => {
  if (!secret) return 'is missing'
  if (known.has(secret.toLowerCase())) return 'is a well-known placeholder'
  if (secret.length < 32) return `is too short (${secret.length} characters, at least 32 needed)`
  if (new Set(secret).size < 10) return 'has too few distinct characters'
  return undefined
}
