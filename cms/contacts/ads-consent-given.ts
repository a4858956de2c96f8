import type { Payload } from 'payload'

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/**
 * Whether a contact's latest word in the consent ledger on `ads` is a grant: the ledger is the one place the choice
 * lives (the contact has no copy that could disagree with it). The rule is crm's `foldConsentState` (a record that
 * refuses `ads` or `*` withdraws, one that grants `ads` gives); contacts sits below crm and cannot import it, and the
 * audience export itself reads the ledger through crm's fold, never through this.
 */
export const adsConsentGiven = async ({ payload, contactId }: { payload: Payload; contactId: number | string }): Promise<boolean> => {
  const records = await payload.find({
    collection: 'consent-records',
    where: { contact: { equals: contactId } },
    sort: 'sequence',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { granted: true, refused: true },
  })
  let given = false
  for (const record of records.docs) {
    const refused = strings(record.refused)
    if (refused.includes('ads') || refused.includes('*')) given = false
    else if (strings(record.granted).includes('ads')) given = true
  }
  return given
}
