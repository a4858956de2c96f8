/** What the wiring file may use of the retention domain; nothing else of it is reached from outside. */
export * from './apply-retention-task'
export * from './retention-reports'
export * from './retention-settings'
export * from './run-retention'
