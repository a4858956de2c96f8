/** What the wiring file may use of the crm domain (issue #18); nothing else of it is reached from outside. */
// Facebook custom audiences: the export, its log and the admin's download.
export * from './audience-exports'
export * from './export-facebook-audience'
export * from './facebook-email-hash'
export * from './find-facebook-audience'
