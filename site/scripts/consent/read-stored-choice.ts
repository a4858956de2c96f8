export type StoredChoice = { categories: string[]; revision: number; consentId: string }

const known = new Set(['necessary', 'analytics', 'marketing'])

/**
 * Reads the consent cookie defensively. Anything malformed or unknown (a tampered or foreign cookie) is deleted and
 * the visitor is treated as not having consented: the banner asks again, nothing loads.
 */
export const readStoredChoice = ({ cookieName }: { cookieName: string }): StoredChoice | undefined => {
  const raw = document.cookie
    .split('; ')
    .find((c) => c.startsWith(`${cookieName}=`))
    ?.slice(cookieName.length + 1)
  if (raw === undefined) return undefined
  try {
    const value = JSON.parse(decodeURIComponent(raw)) as Partial<StoredChoice>
    const valid =
      Array.isArray(value.categories) &&
      value.categories.every((c) => typeof c === 'string' && known.has(c)) &&
      value.categories.includes('necessary') &&
      typeof value.revision === 'number' &&
      typeof value.consentId === 'string' &&
      /^[0-9a-f-]{36}$/i.test(value.consentId)
    if (valid) return value as StoredChoice
  } catch {
    // fall through: not JSON
  }
  document.cookie = `${cookieName}=; Max-Age=0; Path=/; SameSite=Lax`
  return undefined
}
