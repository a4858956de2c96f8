import type { CollectionConfig, FieldAccess } from 'payload'

import { locales, type Locale } from '../../config/locales'
import { purposeLegalBases } from '../../config/processors/purposes'
import { canEditContent } from '../access/can-edit-content'
import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { publishedOrEditor } from '../access/published-or-editor'
import { auditCollection } from '../audit'
import { keepFieldErrors } from '../errors'
import { defaultFreeTextNotice } from './default-free-text-notice'
import { formBlocks } from './form-blocks'
import { formPurposes, type FormPurpose } from './form-purposes'
import { entryPurposes, guardContest } from './guard-contest'
import { guardFreeText } from './guard-free-text'

const cmsUsersOnly: FieldAccess = ({ req }) => canEditContent({ user: req.user })
const localeOf = (locale: unknown): Locale => ((locales as readonly unknown[]).includes(locale) ? (locale as Locale) : 'nl')
const hasEntrants = (_: unknown, s: { purpose?: string } | undefined) => (entryPurposes as readonly string[]).includes(s?.purpose ?? '')
const samePath = /^\/(?:nl|fr|en)(?:\/[A-Za-z0-9_-]+)*\/?$/

/**
 * Forms marketers build (issue #17): fields, purpose (its legal basis from the purpose registry, never typed), the
 * consent boxes offered, what happens after sending, and how long answers are kept. Drafts and every version are
 * kept: a submission records the version it answered. The public reads published forms without their routing (the
 * team address); only marketers and admins change them.
 */
export const Forms: CollectionConfig = {
  slug: 'forms',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'purpose', '_status', 'updatedAt'], group: 'People', description: 'Contact, interest, promotion and contest forms. Place one on a page with the Form block.' },
  versions: { maxPerDoc: 0, drafts: true },
  access: { read: publishedOrEditor, create: isPeopleManager, update: isPeopleManager, delete: isAdmin, readVersions: isPeopleManager },
  hooks: { ...auditCollection(), beforeValidate: [guardFreeText, guardContest], afterError: [keepFieldErrors] },
  fields: [
    { name: 'answersPanel', type: 'ui', admin: { components: { Field: '/cms/forms/admin/form-answers-panel#FormAnswersPanel' } } },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 150 },
    {
      type: 'row',
      fields: [
        { name: 'purpose', type: 'select', required: true, defaultValue: 'contact', options: formPurposes.map((p) => ({ label: p, value: p })), admin: { width: '50%' } },
        {
          name: 'legalBasis',
          type: 'text',
          admin: { readOnly: true, width: '50%', description: 'From the purpose registry (the privacy policy), never typed.' },
          hooks: { beforeChange: [({ siblingData }) => purposeLegalBases[(siblingData.purpose as FormPurpose | undefined) ?? 'contact']] },
        },
      ],
    },
    { name: 'fields', type: 'blocks', required: true, minRows: 1, maxRows: 30, blocks: formBlocks },
    {
      type: 'collapsible',
      label: 'Consent boxes (always unticked)',
      fields: [
        { name: 'newsletterList', type: 'relationship', relationTo: 'newsletter-lists', admin: { description: 'Offer this newsletter (its double opt-in starts only when ticked).' } },
        { name: 'crmFollowUp', type: 'checkbox', defaultValue: false, admin: { description: 'Offer "a myPlugin colleague may contact me" (the CRM gets the person only when ticked).' } },
      ],
    },
    {
      type: 'collapsible',
      label: 'After sending',
      fields: [
        { name: 'submitLabel', type: 'text', localized: true, maxLength: 60 },
        { name: 'confirmationType', type: 'radio', defaultValue: 'message', options: [{ label: 'Show a message', value: 'message' }, { label: 'Go to a page of this site', value: 'redirect' }] },
        { name: 'confirmationMessage', type: 'textarea', localized: true, maxLength: 1000, admin: { condition: (_, s) => s?.confirmationType !== 'redirect' } },
        {
          name: 'redirectPath',
          type: 'text',
          maxLength: 200,
          validate: (v: unknown, { siblingData }: { siblingData: { confirmationType?: string } }) =>
            siblingData.confirmationType !== 'redirect' || (typeof v === 'string' && samePath.test(v)) ? true : 'A path of this site, e.g. /nl/bedankt.',
          admin: { condition: (_, s) => s?.confirmationType === 'redirect' },
        },
        { name: 'confirmationMail', type: 'checkbox', defaultValue: false, admin: { description: 'Mail the person a copy of what they chose (never their free text).' } },
        { name: 'teamAddress', type: 'email', access: { read: cmsUsersOnly }, admin: { description: 'Notified of each submission with a link to it in the admin (never the free text).' } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Privacy',
      fields: [
        { name: 'retentionDays', type: 'number', min: 1, max: 730, defaultValue: 90, admin: { description: 'Answers are deleted this many days after they arrive; the entries of a promotion or contest this many days after its end, or after the draw when it comes later.' } },
        { name: 'freeTextNotice', type: 'text', localized: true, maxLength: 300, defaultValue: ({ locale }: { locale?: string }) => defaultFreeTextNotice[localeOf(locale)], admin: { description: 'Shown above the form when it has a free-text field: required to publish one.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'Before it, the form is shown as not open yet (required for promotions and contests).' } },
        { name: 'closesAt', type: 'date', admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'After it, submissions are refused (required for promotions and contests; the draw comes after it).' } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Promotion or contest',
      admin: { condition: hasEntrants },
      fields: [
        { name: 'terms', type: 'relationship', relationTo: 'contest-terms', admin: { description: 'Entrants accept the published version of these terms; each entry records which one.' } },
        { name: 'winnersCount', type: 'number', min: 1, max: 1000, defaultValue: 1, admin: { condition: (_, s) => s?.purpose === 'contest', description: 'How many winners the draw picks.' } },
      ],
    },
  ],
}
