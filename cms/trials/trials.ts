import type { CollectionConfig } from 'payload'

import { locales } from '../../config/locales'
import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobody } from '../access/nobody'
import { auditCollection } from '../audit'
import { contactCountries, contactProfessions } from '../contacts'
import { personalField } from '../encryption/personal-field'
import { lifecycleSentField, trialLifecycleSteps } from './trial-lifecycle-steps'
import { trialSources } from './trial-sources'
import { trialStatuses } from './trial-statuses'
import { trialAppWebhookEndpoint } from './trial-app-webhook-endpoint'
import { trialsEndpoints } from './trials-endpoints'

const options = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }))

/**
 * What the admin says above the list: whether provisioning can run at all in this deployment, and when it runs
 * against the local stand-in `npm start` started (so nobody mistakes its accounts for real ones).
 */
const describe = ({ provisioningConfigured, standInUrl }: { provisioningConfigured: boolean; standInUrl?: string }) =>
  standInUrl
    ? `Free trials: one per person. TRIAL_PROVISIONING_URL is not set: trials are opened in the local stand-in web application at ${standInUrl} (development only). Its accounts last until the server stops.`
    : provisioningConfigured
      ? 'Free trials: one per person. Verified trials are opened in the web application by the provisioning job; a failed one shows its error and is retried with its “Retry provisioning” button. Above: the funnel per source and the CSV download.'
      : 'Free trials: one per person. TRIAL_PROVISIONING_URL is not set, so no trial can be opened in the web application: verified trials wait in "provisioning" until it is set and the server restarted.'

/**
 * One trial per person (`contact`, unique). The address and name stay on the contact (encrypted); here the practice
 * name and the login link are personal too, so they are encrypted the same way. The idempotency key is random and
 * fixed at signup: every provisioning attempt sends it, so the application opens one account however often we retry.
 * Personal data: marketers and admins read; only the trials domain's operations create.
 */
export const Trials = ({ provisioningConfigured, webhookSecret, standInUrl }: { provisioningConfigured: boolean; webhookSecret: string | undefined; standInUrl?: string }): CollectionConfig => ({
  slug: 'trials',
  admin: {
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['contact', 'status', 'source', 'country', 'createdAt'],
    group: 'People',
    description: describe({ provisioningConfigured, standInUrl }),
    // The funnel per source, the dead letters and the CSV above the list; "Retry provisioning" beside Save.
    components: {
      beforeList: ['/cms/trials/admin/trial-funnel-panel#TrialFunnelPanel'],
      edit: { beforeDocumentControls: ['/cms/trials/admin/retry-provisioning-button#RetryProvisioningButton'] },
    },
  },
  access: { read: isPeopleManager, create: nobody, update: isPeopleManager, delete: isAdmin },
  hooks: auditCollection(),
  // The application's webhook lives under the collection: Payload answers every /api/trials/* path from here.
  endpoints: [...trialsEndpoints, trialAppWebhookEndpoint({ secret: webhookSecret })],
  fields: [
    { type: 'row', fields: [
      { name: 'contact', type: 'relationship', relationTo: 'contacts', required: true, unique: true, index: true },
      { name: 'status', type: 'select', required: true, index: true, defaultValue: 'awaiting-verification', options: options(trialStatuses) },
    ] },
    { type: 'row', fields: [
      { name: 'profession', type: 'select', required: true, options: options(contactProfessions) },
      { name: 'country', type: 'select', required: true, options: options(contactCountries) },
      { name: 'locale', type: 'select', required: true, defaultValue: 'nl', options: locales.map((l) => ({ label: l.toUpperCase(), value: l })) },
    ] },
    ...personalField({ collection: 'trials', name: 'practiceName', type: 'text', maxLength: 200 }),
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { type: 'row', fields: [
      { name: 'accountId', type: 'text', maxLength: 200, index: true, admin: { readOnly: true } },
      ...personalField({ collection: 'trials', name: 'loginUrl', type: 'text', maxLength: 2000, admin: { readOnly: true } }),
    ] },
    { name: 'provisioningError', type: 'text', maxLength: 300, admin: { readOnly: true, description: 'Why the application refused the trial for good (its error code; never personal data).' } },
    { type: 'row', fields: [
      { name: 'source', type: 'select', index: true, defaultValue: 'direct', options: options(trialSources), admin: { readOnly: true, description: 'What brought the signup: a campaign link, a webinar page, another page of this site, or nothing we know.' } },
      { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, admin: { readOnly: true, description: 'The campaign whose link brought this signup.' } },
      { name: 'webinar', type: 'relationship', relationTo: 'webinars', index: true, admin: { readOnly: true, description: 'The webinar page the person came from.' } },
      { name: 'referrerPath', type: 'text', maxLength: 200, admin: { readOnly: true, description: 'The page of this site the person came from (path only).' } },
    ] },
    { type: 'row', fields: [
      { name: 'verificationSentAt', type: 'date', admin: { readOnly: true } },
      { name: 'verifiedAt', type: 'date', index: true, admin: { readOnly: true } },
      { name: 'provisionedAt', type: 'date', admin: { readOnly: true } },
    ] },
    { type: 'row', fields: [
      { name: 'expiresAt', type: 'date', admin: { readOnly: true, description: 'The trial’s last day, as the application said (or the trial length in Trial mails).' } },
      { name: 'convertedAt', type: 'date', admin: { readOnly: true } },
      { name: 'endedAt', type: 'date', admin: { readOnly: true, description: 'Expired or cancelled, as the application reported.' } },
    ] },
    {
      name: 'lifecycle',
      type: 'group',
      label: 'Lifecycle mails',
      admin: { description: 'When each mail was queued. None goes after conversion or cancellation, or once the person stopped them.' },
      fields: [
        { type: 'row', fields: trialLifecycleSteps.map((step) => ({ name: lifecycleSentField[step], type: 'date' as const, admin: { readOnly: true } })) },
        { name: 'stoppedAt', type: 'date', admin: { readOnly: true, description: 'The person stopped these mails (the link in each of them).' } },
      ],
    },
  ],
})
