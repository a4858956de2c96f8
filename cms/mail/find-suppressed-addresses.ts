import type { Payload } from 'payload'

/** Which of these addresses are on the suppression list (lower-cased). */
export const findSuppressedAddresses = async ({ payload, addresses }: { payload: Payload; addresses: string[] }): Promise<Set<string>> => {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()))]
  if (wanted.length === 0) return new Set()
  const found = await payload.find({
    collection: 'suppressions',
    where: { email: { in: wanted } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
  })
  return new Set(found.docs.map((d) => d.email.toLowerCase()))
}
