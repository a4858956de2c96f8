'use client'
import type React from 'react'

import type { TrialFunnel } from '../trial-funnel'

const listOf = (status: string) => `/admin/collections/trials?where[status][equals]=${status}`

/**
 * Trials the provisioning gave up on (failed: the application refused them for good, or ran out of attempts) and
 * trials waiting in provisioning, each a link to the list filtered on that status; each trial's edit view has the
 * Retry provisioning button. Said calmly when there are none.
 */
export const TrialDeadLetters = ({ deadLetters }: { deadLetters: TrialFunnel['deadLetters'] }): React.ReactElement =>
  deadLetters.failed === 0 && deadLetters.provisioning === 0 ? (
    <p style={{ margin: 0 }}>No failed trials and none waiting in provisioning.</p>
  ) : (
    <ul aria-label="Trials to look at" style={{ margin: 0, paddingLeft: 20 }}>
      <li>
        <a href={listOf('failed')}>Failed trials: {deadLetters.failed}</a> (open one to see its error and retry it)
      </li>
      <li>
        <a href={listOf('provisioning')}>Waiting in provisioning: {deadLetters.provisioning}</a> (retry one that seems stuck)
      </li>
    </ul>
  )
