/** What other domains, the wiring file and the site may use of the users domain; nothing else of it is reached from outside. */
export * from './users'
export { minPasswordLength, passwordProblem, type PasswordProblem } from './password-problem'
export { twoFactorState, type TwoFactorState } from './two-factor-state'
export { twoFactorOpen } from './two-factor-open'
