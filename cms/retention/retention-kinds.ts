/** What one retention run counts as removed, one number per kind (a report's fields). */
export const retentionKinds = {
  unconfirmedContacts: 'Unconfirmed sign-ups (contacts)',
  mailMessages: 'Mail messages',
  outboxMessages: 'Outbox messages',
  mailWebhookReceipts: 'Delivery event receipts',
  completedJobs: 'Completed jobs',
  auditEntries: 'Audit entries',
  webinarRegistrations: 'Webinar registrations',
  unverifiedTrials: 'Trials never verified',
  endedTrials: 'Ended trials',
  formSubmissions: 'Form answers',
} as const

export type RetentionKind = keyof typeof retentionKinds
export type RetentionCounts = Record<RetentionKind, number>

export const retentionKindNames = Object.keys(retentionKinds) as RetentionKind[]
