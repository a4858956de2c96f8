import type { CollectionConfig } from 'payload'

import { locales } from '../../config/locales'
import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { recordAttendance } from './record-attendance'
import { registrationStatuses, webinarProfessions } from './webinar-statuses'

const audit = auditCollection()
const options = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }))

/**
 * One row per person and webinar (`key`, unique): who holds a seat, who waits, who gave theirs back, who attended.
 * The person's address and name live on their contact (encrypted), never here. Seats are the `seatKey` unique
 * index: a confirmed registration holds `w{webinar}-s{n}` for one n ≤ capacity, so no two can hold the same seat
 * on SQLite or MongoDB alike; the others hold a key of their own. Personal data: marketers and admins only, and only
 * the webinars domain's operations create registrations (they take the seat).
 */
export const WebinarRegistrations: CollectionConfig = {
  slug: 'webinar-registrations',
  admin: { useAsTitle: 'key', defaultColumns: ['webinar', 'contact', 'status', 'attended', 'createdAt'], group: 'Webinars' },
  access: { read: isPeopleManager, create: nobody, update: isPeopleManager, delete: isAdmin },
  hooks: { ...audit, afterChange: [...audit.afterChange, recordAttendance] },
  fields: [
    { type: 'row', fields: [
      { name: 'webinar', type: 'relationship', relationTo: 'webinars', required: true, index: true },
      { name: 'contact', type: 'relationship', relationTo: 'contacts', required: true, index: true },
    ] },
    { type: 'row', fields: [
      { name: 'status', type: 'select', required: true, index: true, defaultValue: 'confirmed', options: options(registrationStatuses) },
      { name: 'attended', type: 'checkbox', defaultValue: false, index: true, admin: { description: 'Tick by hand, or import a list on the webinar (Registrations → Import attendance). The replay mail thanks those who attended.' } },
      { name: 'locale', type: 'select', required: true, defaultValue: 'nl', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })) },
    ] },
    { name: 'profession', type: 'select', options: options(webinarProfessions) },
    {
      name: 'answers',
      type: 'array',
      admin: { readOnly: true, description: 'The choices made on the form (choice questions only).' },
      fields: [{ type: 'row', fields: [{ name: 'question', type: 'text', required: true }, { name: 'answer', type: 'text', required: true }] }],
    },
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true, hidden: true } },
    { name: 'seatKey', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true, hidden: true } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, admin: { readOnly: true, description: 'The campaign whose link brought this registration.' } },
    { type: 'row', fields: [
      { name: 'registeredAt', type: 'date', required: true, index: true, admin: { readOnly: true } },
      { name: 'promotedAt', type: 'date', admin: { readOnly: true } },
      { name: 'cancelledAt', type: 'date', admin: { readOnly: true } },
    ] },
  ],
}
