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

/** Tells the site's own endpoint what the visitor chose (it records the choice in the consent ledger). */
export const reportChoice = ({ endpoint, report }: { endpoint: string; report: ChoiceReport }): void => {
  void fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
    credentials: 'omit',
    keepalive: true,
  }).catch(() => undefined)
}
