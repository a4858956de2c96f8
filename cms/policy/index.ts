/** What other domains, the wiring file and the site may use of the policy domain; nothing else of it is reached from outside. */
export * from './canonical-text'
export * from './current-policy-version'
export * from './policy-notices'
export * from './policy-versions'
export * from './registry-lexical'
export * from './text-to-lexical'
