import type { Payload, Where } from 'payload'
import { z } from 'zod'

export type ProblemJob = { id: string; task: string; tried: number; error: string; retryAt?: string }

export type DeliveryProblems = {
  /** Messages refused for good: dead letters, each with a Retry button. */
  failedMails: number
  /** Messages whose send failed and whose job will try again. */
  retryingMails: number
  /** Only for admins (job inputs hold addresses): jobs that gave up, and jobs waiting for their next attempt. */
  jobs?: { gaveUp: { count: number; latest: ProblemJob[] }; waiting: { count: number; latest: ProblemJob[] } }
}

export const gaveUpJobsWhere: Where = { and: [{ completedAt: { exists: false } }, { hasError: { equals: true } }] }
export const waitingJobsWhere: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { totalTried: { greater_than: 0 } }] }

const issues = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])).default([]), message: z.string() }).loose())

/** A zod error's message is its issues as JSON, regex patterns and all: shown as "field: problem" instead. */
const readable = (message: string): string => {
  try {
    const parsed = issues.safeParse(JSON.parse(message))
    if (parsed.success && parsed.data.length > 0) return parsed.data.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')
  } catch {
    // not JSON: a plain message
  }
  return message
}

const errorText = (error: unknown): string => {
  const message = readable(typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error ?? ''))
  // The admin's dashboard is no place for a stack trace or a whole provider answer.
  return message.length > 200 ? `${message.slice(0, 199)}…` : message
}

const latestJobs = async ({ payload, where }: { payload: Payload; where: Where }): Promise<{ count: number; latest: ProblemJob[] }> => {
  const found = await payload.find({
    collection: 'payload-jobs',
    where,
    sort: '-updatedAt',
    limit: 5,
    depth: 0,
    overrideAccess: true,
    select: { taskSlug: true, totalTried: true, hasError: true, error: true, log: true, waitUntil: true },
  })
  return {
    count: found.totalDocs,
    latest: found.docs.map((job) => ({
      id: String(job.id),
      task: job.taskSlug ?? 'workflow',
      // A job that gave up ran at least once: Payload does not count the attempt that cancelled it.
      tried: Math.max(job.totalTried ?? 0, job.hasError ? 1 : 0),
      // A job waiting for a retry has no error of its own yet: its last failed attempt's is the one to read.
      error: errorText(job.error ?? job.log?.findLast((entry) => entry.state === 'failed')?.error),
      retryAt: job.waitUntil ?? undefined,
    })),
  }
}

/**
 * What the admin dashboard shows about mail that has not gone out: counts of failed and retrying messages for
 * marketers and admins, and for admins the jobs that gave up or wait for a retry, with their last error (errors
 * never hold addresses: mail errors are the provider's codes and messages).
 */
export const findDeliveryProblems = async ({ payload, withJobs }: { payload: Payload; withJobs: boolean }): Promise<DeliveryProblems> => {
  const count = (status: string) => payload.count({ collection: 'mail-messages', where: { status: { equals: status } }, overrideAccess: true }).then((r) => r.totalDocs)
  const [failedMails, retryingMails] = await Promise.all([count('failed'), count('retrying')])
  if (!withJobs) return { failedMails, retryingMails }
  const [gaveUp, waiting] = await Promise.all([latestJobs({ payload, where: gaveUpJobsWhere }), latestJobs({ payload, where: waitingJobsWhere })])
  return { failedMails, retryingMails, jobs: { gaveUp, waiting } }
}
