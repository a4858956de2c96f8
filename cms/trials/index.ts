/**
 * What the wiring file and the site may use of the trials domain; nothing else of it is reached from outside. So far
 * only our side of the web application's signed webhooks: the collection, signup, provisioning job and mails build
 * on it (issue #16).
 */
export * from './verify-trial-app-webhook'
