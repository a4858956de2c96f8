import { z } from 'zod'

/** A stored person record as the admin API returns it (depth 0). */
export type StoredContact = { id: number | string; email?: unknown; name?: unknown; locale?: unknown; ref?: unknown }

// The address syntax the sign-up accepts, written out again here so the check does not trust the code under test,
// and the rule the mail layer applies before sending (zod's): a stored address it refuses can never be mailed.
const mailable = z.email()
const address = /^[^\s@"<>(),;:\\[\]]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** What is wrong with each stored contact, if anything: an address no mail could reach, markup in the name, … */
export const storedContactProblems = ({ contacts }: { contacts: StoredContact[] }): string[] =>
  contacts.flatMap((c) => {
    const problems: string[] = []
    if (typeof c.email !== 'string' || c.email.length > 254 || !address.test(c.email) || c.email !== c.email.toLowerCase() || !mailable.safeParse(c.email).success) problems.push(`email ${JSON.stringify(c.email)}`)
    if (c.name !== undefined && c.name !== null && (typeof c.name !== 'string' || c.name.length > 100 || /[<>]/.test(c.name) || [...c.name].some((ch) => ch.charCodeAt(0) < 32) || loneSurrogate.test(c.name)))
      problems.push(`name ${JSON.stringify(c.name)}`)
    if (!['nl', 'fr', 'en'].includes(String(c.locale))) problems.push(`locale ${JSON.stringify(c.locale)}`)
    if (typeof c.ref !== 'string' || c.ref.length < 16) problems.push('ref missing')
    return problems.map((p) => `contact ${c.id}: ${p}`)
  })
