/**
 * What the wiring file and the site may use of the forms domain (issue #17): the collections, the submission
 * handling, the contest terms and the draw.
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
export * from './contest-terms'
export * from './draw-contest'
export * from './draw-winners'
export * from './find-contest-terms'
export * from './form-draws'
export * from './verify-draw'
