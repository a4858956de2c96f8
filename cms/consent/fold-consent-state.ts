/** One ledger record as the gate reads it: what it granted and refused, in ledger order. */
export type LedgerEntry = { sequence: number; recordedAt: string; source: string; action: string; granted: readonly string[]; refused: readonly string[]; policyVersion: string; hash: string }

/** Where a consent key stands: granted by which record, or refused (withdrawn) by which, or never asked. */
export type ConsentKeyState = { state: 'granted'; by: LedgerEntry } | { state: 'refused'; by: LedgerEntry } | { state: 'never' }

/**
 * What a person's ledger says now about one consent key (`crm`, `ads`, a list key, `tracking`…): the latest record
 * that names it wins, and `*` among refused keys ("unsubscribe from everything", an objection) withdraws every
 * consent. A `contract` key (a trial's accepted terms) is not a consent: `*` leaves it standing.
 * Records are taken in ledger order (their sequence), whatever order they are given in, so the answer never depends
 * on how a query sorted them.
 */
export const foldConsentState = ({ records, key, contract = false }: { records: readonly LedgerEntry[]; key: string; contract?: boolean }): ConsentKeyState => {
  let state: ConsentKeyState = { state: 'never' }
  for (const record of [...records].sort((a, b) => a.sequence - b.sequence)) {
    if (record.refused.includes(key) || (!contract && record.refused.includes('*'))) state = { state: 'refused', by: record }
    else if (record.granted.includes(key)) state = { state: 'granted', by: record }
  }
  return state
}
