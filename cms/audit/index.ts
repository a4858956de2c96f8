/** What other domains, the wiring file and the site may use of the audit domain; nothing else of it is reached from outside. */
export * from './audit-collection'
export * from './audit-global'
export * from './audit-log'
export * from './remember-save-kind'
