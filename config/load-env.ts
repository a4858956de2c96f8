import { EnvError } from './env-error'
import { envSchema, type Env } from './env'
import { euStorageRegions, isEuStorageRegion } from './eu-storage-regions'
import { weakSecretReason } from './weak-secret'

/**
 * Parses the environment once. Production must bring its own strong secret; elsewhere a missing secret is
 * filled in later from data/ (see local-secret.ts) so a fresh clone starts with no configuration at all.
 */
export const loadEnv = ({ source = process.env }: { source?: Record<string, string | undefined> } = {}): Env => {
  // An empty value (NAME= in a .env file) means "not set", as in .env.example.
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''))
  const parsed = envSchema.safeParse(given)
  const problems: string[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.') || 'environment'
      problems.push(`${name}: ${issue.message}`)
    }
  }
  if (parsed.success && parsed.data.APP_ENV === 'production') {
    const reason = weakSecretReason({ secret: parsed.data.PAYLOAD_SECRET })
    if (reason) {
      problems.push(
        `PAYLOAD_SECRET: ${reason} — a production deployment (APP_ENV=production) needs a random secret of at least 32 characters, e.g. from: openssl rand -base64 48`,
      )
    }
  }
  if (parsed.success && parsed.data.APP_ENV === 'production' && !parsed.data.DATA_ENCRYPTION_KEY) {
    problems.push('DATA_ENCRYPTION_KEY: is required in production — personal data is encrypted at rest with it; create one with: openssl rand -base64 32 (and keep it apart from the database backups)')
  }
  // EU residency: production media stay in an EU region unless the operator says otherwise (S3 only; local disk is
  // wherever the server runs).
  if (parsed.success && parsed.data.APP_ENV === 'production' && parsed.data.S3_BUCKET && !parsed.data.ALLOW_NON_EU_STORAGE && !isEuStorageRegion({ region: parsed.data.S3_REGION })) {
    const known = Object.values(euStorageRegions).flat().join(', ')
    problems.push(
      `S3_REGION: "${parsed.data.S3_REGION}" is not an EU region — production keeps media in the EU (${known}); choose one of those, or set ALLOW_NON_EU_STORAGE=true if storing outside the EU is intended and covered by your data processing agreements`,
    )
  }
  if (problems.length > 0) throw new EnvError(problems)
  return parsed.data as Env
}
