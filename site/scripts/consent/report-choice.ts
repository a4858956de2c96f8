export type ChoiceReport = {
  consentId: string
  eventId: string
  action: 'given' | 'updated'
  revision: number
  locale: string
  acceptedCategories: string[]
  rejectedCategories: string[]
  acceptedServices: Record<string, string[]>
}

/**
 * Tells the site's own endpoint what the visitor chose (it records the choice in the consent ledger). Resolves when
 * the server answered, or after at most 2 s, so a reload that follows never cuts the record off.
 */
export const reportChoice = ({ endpoint, report }: { endpoint: string; report: ChoiceReport }): Promise<void> => {
  const sent = fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
    credentials: 'omit',
    keepalive: true,
  })
    .then(() => undefined)
    .catch(() => undefined)
  return Promise.race([sent, new Promise<void>((resolve) => setTimeout(resolve, 2000))])
}
