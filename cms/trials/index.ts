/**
 * What the wiring file and the site may use of the trials domain; nothing else of it is reached from outside: the
 * collection, the signup and verification the site calls, the provisioning job, the admin's retry, and our side of
 * the web application's signed webhooks (issue #16).
 */
export * from './handle-trial-signup'
export * from './provision-trial-task'
export * from './send-trial-lifecycle-mail-task'
export * from './stop-trial-mails'
export * from './trial-app-webhook-endpoint'
export * from './trial-consent-texts'
export * from './trial-form'
export * from './trial-mail-settings'
export * from './trial-statuses'
export * from './trials'
export * from './trials-endpoints'
export * from './verify-trial'
export * from './verify-trial-app-webhook'
