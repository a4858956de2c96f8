/** What other domains, the wiring file and the site may use of the media domain; nothing else of it is reached from outside. */
export * from './media'
