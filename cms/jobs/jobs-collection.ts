import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { refusePastSchedule } from './refuse-past-schedule'

/**
 * Payload's jobs collection plus a lease (claimedBy / claimedUntil): Payload picks jobs with a find-then-update, which
 * two processes on one database can both win. Our runner claims jobs with one atomic statement first (see
 * server/claim-jobs.ts), and a lease that outlives a crashed worker lets another instance recover its jobs.
 * Job inputs can hold addresses: admins only. A scheduled publish/unpublish in the past is refused (see
 * refuse-past-schedule.ts; the admin's schedule drawer is guarded in its server function, guard-schedule-publish.ts).
 * Payload's own /run and /handle-schedules endpoints are removed: they run jobs without our lease, so a second
 * instance (or anyone allowed to call them) could send a mail the runner is sending too.
 */
export const jobsCollectionOverrides = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System' },
  access: { ...defaultJobsCollection.access, read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [],
  fields: [
    ...defaultJobsCollection.fields.map((field) =>
      field.type === 'date' && field.name === 'waitUntil'
        ? { ...field, hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), refusePastSchedule] } }
        : field,
    ),
    { name: 'claimedBy', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'claimedUntil', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' } },
  ],
})
