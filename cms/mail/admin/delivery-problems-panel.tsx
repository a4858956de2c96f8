import type { ServerProps } from 'payload'
import type React from 'react'

import { canManagePeople } from '../../access/can-manage-people'
import { isAdminUser } from '../../access/is-admin-user'
import { findDeliveryProblems, type ProblemJob } from '../find-delivery-problems'

const mailList = (status: string) => `/admin/collections/mail-messages?where[status][equals]=${status}`
const gaveUpList = '/admin/collections/payload-jobs?where[and][0][completedAt][exists]=false&where[and][1][hasError][equals]=true'
const waitingList =
  '/admin/collections/payload-jobs?where[and][0][completedAt][exists]=false&where[and][1][hasError][not_equals]=true&where[and][2][totalTried][greater_than]=0'

const JobLines = ({ jobs, label }: { jobs: ProblemJob[]; label: string }): React.ReactElement | null =>
  jobs.length === 0 ? null : (
    <ul aria-label={label}>
      {jobs.map((job) => (
        <li key={job.id}>
          <a href={`/admin/collections/payload-jobs/${encodeURIComponent(job.id)}`}>
            {job.task} #{job.id}
          </a>{' '}
          after {job.tried} {job.tried === 1 ? 'attempt' : 'attempts'}
          {job.retryAt ? `, next at ${job.retryAt.slice(0, 16).replace('T', ' ')} UTC` : ''}: {job.error || 'no error recorded'}
        </li>
      ))}
    </ul>
  )

/**
 * On the admin dashboard, above the collections: mail that has not gone out. Failed messages link to their list,
 * where each one has a Retry button; admins also see jobs that gave up (dead letters) and jobs waiting for their
 * next attempt, with the last error. Nothing is shown to editors, who cannot read mail records.
 */
export const DeliveryProblemsPanel = async ({ payload, user }: ServerProps): Promise<React.ReactElement | null> => {
  if (!canManagePeople({ user })) return null
  const withJobs = isAdminUser({ user })
  const problems = await findDeliveryProblems({ payload, withJobs })
  const calm = problems.failedMails === 0 && problems.retryingMails === 0 && (problems.jobs?.gaveUp.count ?? 0) === 0 && (problems.jobs?.waiting.count ?? 0) === 0
  return (
    <section aria-labelledby="delivery-problems" style={{ marginBottom: 32 }}>
      <h2 id="delivery-problems">Mail delivery</h2>
      {calm ? (
        <p role="status">No failed mail and no jobs waiting for a retry.</p>
      ) : (
        <ul>
          <li>
            <a href={mailList('failed')}>Failed mails: {problems.failedMails}</a> (open one to retry it)
          </li>
          <li>
            <a href={mailList('retrying')}>Mails waiting for a retry: {problems.retryingMails}</a>
          </li>
          {problems.jobs ? (
            <>
              <li>
                <a href={gaveUpList}>Jobs given up: {problems.jobs.gaveUp.count}</a>
                <JobLines jobs={problems.jobs.gaveUp.latest} label="Jobs given up, latest first" />
              </li>
              <li>
                <a href={waitingList}>Jobs waiting for a retry: {problems.jobs.waiting.count}</a>
                <JobLines jobs={problems.jobs.waiting.latest} label="Jobs waiting for a retry, latest first" />
              </li>
            </>
          ) : null}
        </ul>
      )}
    </section>
  )
}
