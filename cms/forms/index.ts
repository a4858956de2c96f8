/**
 * What the wiring file and the site may use of the forms domain (issue #17): the collections so far; submission
 * handling, the health screen, contests and routing land here as they are built.
 */
export * from './form-blocks'
export * from './find-public-form'
export * from './form-consent-texts'
export * from './form-field'
export * from './form-purposes'
export * from './form-settings'
export * from './handle-form-submission'
export * from './parse-form-answers'
export * from './form-submissions'
export * from './forms'
