/** What other domains, the wiring file and the site may use of the consent domain; nothing else of it is reached from outside. */
export * from './append-consent-record'
export * from './consent-records'
export * from './consent-settings'
export * from './record-banner-consent'
export * from './verify-consent-chain'
export * from './consent-checkpoints'
export * from './fold-consent-state'
