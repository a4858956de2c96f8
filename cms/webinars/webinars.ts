import type { CollectionConfig, FieldAccess } from 'payload'

import { locales } from '../../config/locales'
import { canEditContent } from '../access/can-edit-content'
import { isContentEditor } from '../access/is-content-editor'
import { publishedOrEditor } from '../access/published-or-editor'
import { nobodyField } from '../access/nobody-field'
import { canManagePeople } from '../access/can-manage-people'
import { auditCollection } from '../audit'
import { descriptionBlocks, invalidateOnChange, invalidateOnDelete, missingTranslations } from '../content'
import { raiseSequence, scheduleWebinarJobs } from './track-webinar-changes'
import { webinarAdminEndpoints } from './webinar-admin-endpoints'
import { webinarStatuses } from './webinar-statuses'

const audit = auditCollection()

/** The join link is for confirmed registrants, by mail: CMS users see it, the public API and GraphQL never do. */
const cmsUsersOnly: FieldAccess = ({ req }) => canEditContent({ user: req.user })

const isHttpUrl = (value: unknown) => {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Enter a web address starting with https://.'
  } catch {
    return 'Enter a web address starting with https://.'
  }
}

/**
 * Free webinars, localised like pages (drafts, versions, scheduled publishing). The start is stored in UTC and shown
 * in Europe/Brussels with the zone named. `sequence` counts the changes that matter to a calendar (time, join link,
 * cancellation): the invitations carry it, so calendars replace the event instead of adding a second one.
 */
export const Webinars: CollectionConfig = {
  slug: 'webinars',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'start', 'status', '_status'], group: 'Webinars' },
  versions: { maxPerDoc: 50, drafts: { autosave: { interval: 800 }, schedulePublish: true } },
  access: { read: publishedOrEditor, create: isContentEditor, update: isContentEditor, delete: isContentEditor, readVersions: isContentEditor },
  // The registrations panel's data and actions (marketers and admins only; each endpoint checks the role).
  endpoints: webinarAdminEndpoints,
  hooks: {
    beforeOperation: audit.beforeOperation,
    afterRead: [missingTranslations],
    beforeChange: [raiseSequence],
    afterChange: [...audit.afterChange, invalidateOnChange, scheduleWebinarJobs],
    afterDelete: [...audit.afterDelete, invalidateOnDelete],
  },
  fields: [
    {
      type: 'ui',
      name: 'registrationsPanel',
      // Registrations are personal data: editors, who edit webinars too, never get the panel (its endpoints refuse them anyway).
      admin: { condition: (_data, _siblingData, { user }) => canManagePeople({ user }), components: { Field: '/cms/webinars/admin/webinar-admin-panel#WebinarAdminPanel' } },
    },
    { name: 'title', type: 'text', required: true, localized: true },
    {
      // One address in every language (/nl/webinars/x, /fr/webinars/x): a webinar is given in one language, only
      // the page around it is translated.
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'The path after /nl/webinars/ (the same in every language), e.g. "eerste-videoconsultatie".' },
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100 ? true : 'Use lower-case letters, digits and dashes, e.g. "first-video-consultation".'),
    },
    {
      name: 'missingTranslations',
      type: 'text',
      virtual: true,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.missingTranslations) },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, admin: { description: 'One or two sentences for the listing, the home block and search results.' } },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, description: 'Entered and shown in your browser’s time; the site shows it in Brussels time.' } },
        { name: 'durationMinutes', type: 'number', required: true, defaultValue: 60, min: 10, max: 480 },
        { name: 'language', type: 'select', required: true, defaultValue: 'nl', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', min: 1, max: 100_000, admin: { description: 'Seats. Empty: no limit. When full, people join the waitlist.' } },
        { name: 'registrationDeadline', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' }, description: 'Empty: registration closes at the start.' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'scheduled', index: true, options: webinarStatuses.map((s) => ({ label: s, value: s })) },
      ],
    },
    { name: 'joinUrl', type: 'text', access: { read: cmsUsersOnly }, validate: isHttpUrl, admin: { description: 'Private: only in mails to confirmed registrants, never on the site or in the public API.' } },
    { name: 'replayUrl', type: 'text', access: { read: cmsUsersOnly }, validate: isHttpUrl, admin: { description: 'Setting it after the webinar mails the replay to every registrant (different words for those who attended).' } },
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'role', type: 'text', localized: true },
        ] },
        { name: 'photo', type: 'upload', relationTo: 'media' },
      ],
    },
    // Built like a page's layout (the blocks are shared, their texts translated per field).
    { name: 'description', type: 'blocks', blocks: descriptionBlocks },
    {
      name: 'questions',
      type: 'array',
      maxRows: 5,
      admin: { description: 'Optional questions on the registration form: choices only, never free text (nobody should type about clients).' },
      fields: [
        { name: 'key', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^[a-z][a-z0-9-]{0,31}$/.test(v) ? true : 'Lower-case letters, digits and dashes, e.g. "experience".') },
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'required', type: 'checkbox', defaultValue: false },
        {
          name: 'choices',
          type: 'array',
          minRows: 2,
          maxRows: 10,
          fields: [
            { type: 'row', fields: [
              { name: 'value', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,31}$/.test(v) ? true : 'Lower-case letters, digits and dashes.') },
              { name: 'label', type: 'text', required: true, localized: true },
            ] },
          ],
        },
      ],
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', description: 'Raised on every change of time, join link or cancellation: the calendar invitations carry it.' },
    },
  ],
}
