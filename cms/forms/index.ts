/**
 * What the wiring file and the site may use of the forms domain (issue #17): the collections so far; submission
 * handling, the health screen, contests and routing land here as they are built.
 */
export * from './form-blocks'
export * from './form-purposes'
export * from './form-submissions'
export * from './forms'
