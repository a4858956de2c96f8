import type { Field, GlobalConfig } from 'payload'

import { locales, type Locale } from '../../config/locales'
import { isPeopleManager } from '../access/is-people-manager'
import { auditGlobal } from '../audit'
import { defaultLifecycleCopy, lifecyclePlaceholders, trialLifecycleSteps, type TrialLifecycleStep } from './trial-lifecycle-steps'

const stepLabels: Record<TrialLifecycleStep, { label: string; description: string }> = {
  day1: { label: 'Day 1: tips', description: 'A day after the account opened.' },
  day7: { label: 'Day 7: check-in', description: 'A week after the account opened.' },
  expiring: { label: 'Two days before the end', description: 'Two days before the trial ends. {endDate} is its last day.' },
  expired: { label: 'Expired', description: 'When the web application reports the trial expired.' },
}

const localeOf = (locale: unknown): Locale => ((locales as readonly unknown[]).includes(locale) ? (locale as Locale) : 'nl')

/** Only the placeholders the mail fills in: a typo like {enddate} would reach people as written. */
const checkPlaceholders = (value: unknown): true | string => {
  const unknown = [...String(value ?? '').matchAll(/\{(\w*)\}/g)].map((m) => m[1]).filter((p) => !(lifecyclePlaceholders as readonly string[]).includes(p ?? ''))
  return unknown.length === 0 ? true : `Unknown placeholder {${unknown[0]}}: only ${lifecyclePlaceholders.map((p) => `{${p}}`).join(', ')} is filled in.`
}

const oneLine = (value: unknown): true | string => (/[\r\n]/.test(String(value ?? '')) ? 'The subject must be one line.' : checkPlaceholders(value))

const stepGroup = (step: TrialLifecycleStep): Field => ({
  name: step,
  type: 'group',
  label: stepLabels[step].label,
  admin: { description: stepLabels[step].description },
  fields: [
    { name: 'subject', type: 'text', localized: true, required: true, minLength: 3, maxLength: 150, validate: oneLine, defaultValue: ({ locale }: { locale?: string }) => defaultLifecycleCopy[step][localeOf(locale)].subject },
    { name: 'body', type: 'textarea', localized: true, required: true, minLength: 10, maxLength: 5000, validate: checkPlaceholders, defaultValue: ({ locale }: { locale?: string }) => defaultLifecycleCopy[step][localeOf(locale)].body, admin: { description: 'Plain text; a blank line starts a new paragraph. A service mail: tips and help about the trial, never promotion.' } },
  ],
})

/**
 * The wording of the trial's lifecycle mails per language (issue #16), edited by marketers. The mails are service
 * mails under the trial's contract, so the admin reminds that promotion belongs in a newsletter instead. Read by the
 * lifecycle job only (personal data never here): people managers edit, nobody reads it through the public API.
 */
export const TrialMailSettings: GlobalConfig = {
  slug: 'trial-mail-settings',
  label: 'Trial mails',
  admin: { group: 'People', description: 'The mails a running trial receives, per language. Each goes once per trial; none after it converts or is cancelled, or when the person stops them.' },
  access: { read: isPeopleManager, update: isPeopleManager },
  hooks: { afterChange: [auditGlobal] },
  fields: [
    ...trialLifecycleSteps.map(stepGroup),
    { name: 'trialDays', type: 'number', required: true, min: 1, max: 365, defaultValue: 14, admin: { description: 'Length of a trial in days: used only when the web application does not say when a trial ends.' } },
  ],
}
