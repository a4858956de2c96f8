/** What other domains, the wiring file and the site may use of the campaigns domain; nothing else of it is reached from outside. */
export * from './attributable-campaign'
export * from './campaign-events'
export * from './campaign-sends'
export * from './campaigns'
export * from './record-campaign-event'
export * from './record-campaign-mail-event'
export * from './send-campaign-task'
