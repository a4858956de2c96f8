/**
 * The CRM domain (issue #18): the consent gate, the HubSpot sync and its state, receipts per person. Reads the
 * contacts' timelines and the consent ledger; no lower domain imports it (the contact's receipts join only names
 * the collection).
 */
export * from './crm-receipts'
export * from './crm-state'
export * from './crm-syncs'
export * from './decide-crm-transfer'
export * from './read-crm-status'
export * from './run-crm-sync'
export * from './sync-crm-task'
export * from './erase-from-crm'
// Facebook custom audiences: the export, its log and the admin's download.
export * from './audience-exports'
export * from './export-facebook-audience'
export * from './facebook-email-hash'
export * from './find-facebook-audience'
