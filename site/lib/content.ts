/**
 * The site's one door into the CMS: Payload's Local API, in-process (never over HTTP). Everything the site reads
 * from the CMS goes through the functions here, and only this file may import Payload (eslint.config.js). The
 * queries themselves are operations of the CMS domains (cms/content, cms/policy, cms/consent, cms/contacts); this
 * file gets the Payload instance, hands it to them, and renders rich text to HTML, which is the site's concern.
 *
 * Reads run as the public (overrideAccess: false, no user), so access rules decide what a visitor can see — also for
 * populated relationships: a link to an unpublished page stays a bare id and renders as plain text. The only
 * exception is a preview session, which is proven by Payload itself (findPreviewSession) before any draft is read.
 */
import config from '@payload-config'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { getPayload, type TypedUser } from 'payload'

import type { Footer, Navigation, Organisation, Page, RichTextBlock, SeoDefault } from '../../cms/payload-types'
import { recordBannerConsent } from '../../cms/consent'
import {
  confirmSubscription,
  createAltchaChallenge,
  createFormStamp,
  describeConfirmLink,
  describeUnsubscribeToken,
  handleSignUp,
  loadLists,
  loadNewsletterTexts,
  loadPreferences,
  requestPreferenceLink,
  resendConfirmation,
  updatePreferences,
  type ConfirmLinkState,
  type ConfirmOutcome,
  type ListSummary,
  type PreferencesForm,
  type PreferencesState,
  type SignUpResult,
  type SubscriptionFormError,
  type SubscriptionFormInput,
  type SubscriptionFormValues,
  type UnsubscribeTokenState,
  type UpdatePreferencesOutcome,
} from '../../cms/contacts'
import { describeError, isDomainError, type ErrorCode } from '../../cms/errors'
import { findContestTerms as findCmsContestTerms, findPublicForm, handleFormSubmission, type ContestTermsVersionView, type FormAnswerError, type FormAnswerErrorCode, type FormSubmissionResult, type FormValues, type PublicForm } from '../../cms/forms'
import { findPage as findCmsPage, findSiteGlobals, listPublishedPages, loadRedirects, pagePath } from '../../cms/content'
import {
  currentPolicyVersion,
  findPolicyNotice as findCmsPolicyNotice,
  findPolicyVersion as findCmsPolicyVersion,
  listPolicyVersions as listCmsPolicyVersions,
  listPublishedPolicies,
  type PolicyKind,
  type PolicyNotice,
  type PolicyVersionSummary,
} from '../../cms/policy'
import { defaultLocale, locales, type Locale } from '../../config/locales'
import {
  handleTrialSignup,
  trialConsentTexts as cmsTrialConsentTexts,
  verifyTrial as verifyCmsTrial,
  stopTrialMails as stopCmsTrialMails,
  type StopTrialMailsOutcome,
  type TrialConsentTexts,
  type TrialFormError,
  type TrialFormInput,
  type TrialFormValues,
  type TrialSignupResult,
  type VerifyTrialOutcome,
} from '../../cms/trials'
import {
  cancelRegistration,
  findWebinar as findCmsWebinar,
  handleWebinarRegistration,
  listWebinars as listCmsWebinars,
  webinarConsentTexts,
  type CancelOutcome,
  type RegistrationFormError,
  type RegistrationFormInput,
  type RegistrationFormValues,
  type WebinarConsentTexts,
  type WebinarRegistrationResult,
  type WebinarView,
} from '../../cms/webinars'
import { buildGateConfig, type BannerTexts, type GateConfig } from '../scripts/consent/gate-config'
import { lexicalHtmlConverters } from './lexical-html-converters'
import { policyBasePath } from './policy-base-path'
import { buildRedirectTable, type RedirectRecord, type RedirectTarget } from './redirect-table'

export type { Locale, PolicyKind, PolicyNotice, PolicyVersionSummary, RedirectTarget }
export type { StopTrialMailsOutcome, TrialConsentTexts, TrialFormError, TrialFormValues, TrialSignupResult, VerifyTrialOutcome }
export type { CancelOutcome, RegistrationFormError, RegistrationFormValues, WebinarConsentTexts, WebinarRegistrationResult, WebinarView }
export type { ConfirmLinkState, ConfirmOutcome, ListSummary, PreferencesState, SignUpResult, SubscriptionFormError, SubscriptionFormValues, UpdatePreferencesOutcome }
export type { PreferenceList, ConsentHistoryEntry, PreferencesView } from '../../cms/contacts'
export type { FormAnswerError, FormAnswerErrorCode, FormSubmissionResult, FormValues, PublicForm }
export { defaultLocale, locales, pagePath }
export type {
  CallToActionBlock,
  FaqBlock,
  FeatureGridBlock,
  Footer,
  HeroBlock,
  Media,
  MediaBlock,
  Navigation,
  NewsletterSignupBlock,
  Organisation,
  Page,
  SeoDefault,
  TestimonialBlock,
  TrialCtaBlock,
  WebinarListBlock,
  FormBlock,
} from '../../cms/payload-types'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

const cms = () => getPayload({ config })

/** A rich-text block as the site gets it: the Lexical state already rendered to (escaped, style-free) HTML. */
export type RichTextBlockView = Omit<RichTextBlock, 'content'> & { html: string }
export type PageBlock = Exclude<NonNullable<Page['layout']>[number], RichTextBlock> | RichTextBlockView
export type SitePage = Omit<Page, 'layout'> & {
  layout: PageBlock[]
  /** The page's path in each locale that has a slug, for hreflang, the canonical URL and the language switcher. */
  alternates: Partial<Record<Locale, string>>
  /** True when this is the latest draft, shown to a signed-in CMS user in preview. */
  draft: boolean
}

declare const previewBrand: unique symbol
/** Proof that Payload accepted the request's session. Only findPreviewSession makes one; only it unlocks drafts. */
export type PreviewSession = { readonly user: TypedUser; readonly [previewBrand]: true }

/** The signed-in CMS user behind a request (Payload's own cookie/JWT check, CSRF rules included), or undefined. */
export const findPreviewSession = async ({ headers }: { headers: Headers }): Promise<PreviewSession | undefined> => {
  const payload = await cms()
  const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
  if (!user || user.collection !== 'users') return undefined
  return { user } as PreviewSession
}

const richTextHtml = ({ content, locale }: { content: unknown; locale: Locale }): string =>
  convertLexicalToHTML({
    data: content as Parameters<typeof convertLexicalToHTML>[0]['data'],
    // The CSP forbids inline style attributes: alignment and indentation are dropped, not inlined.
    disableIndent: true,
    disableTextAlign: true,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...lexicalHtmlConverters({ pageHref: ({ slug }) => pagePath({ locale, slug }) }),
    }),
  })

const renderRichText = ({ block, locale }: { block: RichTextBlock; locale: Locale }): RichTextBlockView => {
  const { content, ...rest } = block
  return { ...rest, html: richTextHtml({ content, locale }) }
}

const toView = ({ layout, locale }: { layout: Page['layout']; locale: Locale }): PageBlock[] =>
  (layout ?? []).map((block) => (block.blockType === 'richText' ? renderRichText({ block, locale }) : block))

/**
 * The page with this slug in this locale: the published version for everyone, the latest draft only with a preview
 * session (read as that user, so the CMS's access rules still apply). Undefined when there is none.
 */
export const findPage = async ({ slug, locale, draft }: { slug: string; locale: Locale; draft?: PreviewSession }): Promise<SitePage | undefined> => {
  const page = await findCmsPage({ payload: await cms(), slug, locale, draftFor: draft?.user })
  return page && { ...page, layout: toView({ layout: page.layout, locale }), draft: Boolean(draft) }
}

export type SiteGlobals = {
  navigation: Navigation
  footer: Footer
  organisation: Organisation
  seo: SeoDefault
  /** A major policy change still within its notice period: the site-wide notice (the same for every visitor). */
  policyNotice?: PolicyNotice
  /** The public origin (PUBLIC_URL), never the request's Host header: cached pages must not carry a visitor's Host. */
  siteUrl: string
}

const siteUrlOf = (serverURL: string | undefined) => (serverURL ?? '').replace(/\/+$/, '')

/** Navigation, footer, organisation and SEO defaults in one call, as the public sees them, with the policy notice. */
export const findGlobals = async ({ locale }: { locale: Locale }): Promise<SiteGlobals> => {
  const payload = await cms()
  const [globals, policyNotice] = await Promise.all([findSiteGlobals({ payload, locale }), findCmsPolicyNotice({ payload, locale })])
  return { ...globals, policyNotice, siteUrl: siteUrlOf(payload.config.serverURL) }
}

/** The public origin alone (for routes that need no globals, e.g. robots.txt). */
export const findSiteUrl = async (): Promise<string> => siteUrlOf((await cms()).config.serverURL)

export type SitemapEntry = { updatedAt: string; paths: Partial<Record<Locale, string>> }

/** Every published page with its path in each locale that has a slug; the policy pages of every published version; the webinars. */
export const listSitemapEntries = async (): Promise<SitemapEntry[]> => {
  const payload = await cms()
  const [pages, policies, webinars] = await Promise.all([
    listPublishedPages({ payload }),
    listPublishedPolicies({ payload }),
    payload.find({ collection: 'webinars', where: { _status: { equals: 'published' } }, pagination: false, limit: 0, depth: 0, overrideAccess: false, select: { slug: true, updatedAt: true } }),
  ])
  const inAllLocales = (path: string) => Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])) as Partial<Record<Locale, string>>
  const policyEntries = (['privacy', 'cookie'] as const).flatMap((kind) => {
    const versions = policies.filter((d) => d.kind === kind)
    const latest = versions.at(-1)
    if (!latest) return []
    const base = policyBasePath[kind]
    return [
      { updatedAt: latest.updatedAt, paths: inAllLocales(base) },
      { updatedAt: latest.updatedAt, paths: inAllLocales(`${base}/archive`) },
      ...versions.map((v) => ({ updatedAt: v.updatedAt, paths: inAllLocales(`${base}/${v.id}`) })),
    ]
  })
  const latestWebinar = webinars.docs.map((w) => w.updatedAt).sort().at(-1)
  const webinarEntries = [
    ...(latestWebinar ? [{ updatedAt: latestWebinar, paths: inAllLocales('/webinars') }] : []),
    ...webinars.docs.map((w) => ({ updatedAt: w.updatedAt, paths: inAllLocales(`/webinars/${w.slug}`) })),
  ]
  return [...pages, ...policyEntries, ...webinarEntries]
}

/** Every redirect, as a table by source path (see find-redirect.ts for its per-process cache). */
export const loadRedirectTable = async (): Promise<Map<string, RedirectTarget>> => {
  const { redirects, pagePaths } = await loadRedirects({ payload: await cms() })
  return buildRedirectTable({ redirects: redirects as RedirectRecord[], pagePaths })
}

/** The cookie banner's configuration for one language: services and cookie tables from the processor registry. */
export const consentGateConfig = async ({ locale }: { locale: Locale }): Promise<GateConfig> => {
  const payload = await cms()
  const settings = await payload.findGlobal({ slug: 'consent-settings', locale, depth: 0, overrideAccess: false })
  return buildGateConfig({
    locale,
    revision: settings.revision ?? 1,
    revisionCategories: settings.revisionCategories ?? [],
    texts: settings.banner as BannerTexts,
    trackingIds: settings.trackingIds ?? {},
  })
}

/** Records a choice the banner reported (validated and checked against the current revision in the CMS); refusals throw. */
export const recordConsentChoice = async ({ body, ip, userAgent }: { body: unknown; ip?: string; userAgent?: string }): Promise<void> =>
  recordBannerConsent({ payload: await cms(), body, ip, userAgent })

export type SiteError = { code: ErrorCode; status: number; message: string }

/**
 * What a page or endpoint answers for an error an operation threw: its code, the error table's status and the
 * message in the page's language; undefined for anything that is not a refusal (a bug: let it fail loudly).
 */
export const siteErrorOf = ({ error, locale }: { error: unknown; locale: Locale }): SiteError | undefined =>
  isDomainError(error) ? { code: error.code, ...describeError({ code: error.code, params: error.params, locale }) } : undefined

/** The same for a refusal the site itself makes (a request too large, not JSON), from the one table. */
export const siteError = ({ code, locale }: { code: ErrorCode; locale: Locale }): SiteError => ({ code, ...describeError({ code, locale }) })

// ── Policy versions (privacy and cookie policy) ─────────────────────────────────────────────────────────────────

/** One published version, its text rendered in the visitor's language (or in Dutch when it has no translation). */
export type PolicyVersionView = PolicyVersionSummary & { textLocale: Locale; html: string; text: string }

/** Every published version of a policy, newest effective date first (drafts are invisible). */
export const listPolicyVersions = async ({ kind, locale }: { kind: PolicyKind; locale: Locale }): Promise<PolicyVersionSummary[]> =>
  listCmsPolicyVersions({ payload: await cms(), kind, locale })

/** The id of the version in force: published, effective date reached, the latest such. */
export const currentPolicyVersionId = async ({ kind, now }: { kind: PolicyKind; now?: Date }): Promise<string | undefined> =>
  (await currentPolicyVersion({ payload: await cms(), kind, now }))?.id

/** One published version of this kind by id, rendered; undefined for an unknown, malformed or draft id or the other kind. */
export const findPolicyVersion = async ({ kind, id, locale }: { kind: PolicyKind; id: string; locale: Locale }): Promise<PolicyVersionView | undefined> => {
  const found = await findCmsPolicyVersion({ payload: await cms(), kind, id, locale })
  if (!found) return undefined
  const { content, ...rest } = found
  return { ...rest, html: content ? richTextHtml({ content, locale }) : '' }
}

/** The latest major version whose notice period runs now (also before it takes effect: it announces it). */
export const findPolicyNotice = async ({ locale, now }: { locale: Locale; now?: Date }): Promise<PolicyNotice | undefined> =>
  findCmsPolicyNotice({ payload: await cms(), locale, now })

/** What an unsubscribe link stands for (never changes anything): for the /{lang}/unsubscribe confirmation page. */
export const describeUnsubscribeLink = async ({ token }: { token: string | null }): Promise<UnsubscribeTokenState> =>
  describeUnsubscribeToken({ payload: await cms(), token })

// ── Newsletters: sign-up, double opt-in, preference center ───────────────────────────────────────────────────────

export type NewsletterFormView = { lists: ListSummary[]; consentText: string; trackingText: string }

/** The sign-up form's public lists and consent wording in one language (the same for every visitor: cacheable). */
export const newsletterForm = async ({ locale }: { locale: Locale }): Promise<NewsletterFormView> => {
  const payload = await cms()
  const [lists, texts] = await Promise.all([loadLists({ payload, locale, publicOnly: true }), loadNewsletterTexts({ payload, locale })])
  return { lists, consentText: texts.consentText, trackingText: texts.trackingText }
}

/** A signed time stamp for a form rendered per request (the no-JavaScript bot check). Never in a cached page. */
export const newsletterFormStamp = async (): Promise<string> => createFormStamp({ secret: (await cms()).secret })

/** A fresh ALTCHA proof-of-work challenge (our own endpoint). */
export const newsletterChallenge = async () => createAltchaChallenge({ secret: (await cms()).secret })

/** A sign-up POST: bot checks, validation, then the subscription request (see cms/newsletter/handle-sign-up.ts). */
export const signUpForNewsletter = async ({ form, pageLocale, clientKey }: { form: SubscriptionFormInput; pageLocale: Locale; clientKey: string }): Promise<SignUpResult> =>
  handleSignUp({ payload: await cms(), form, pageLocale, clientKey })

/** What a confirmation link stands for (GET: changes nothing). */
export const newsletterConfirmLink = async ({ token }: { token: string | null }): Promise<{ state: ConfirmLinkState }> => describeConfirmLink({ payload: await cms(), token })

/** Confirms a sign-up (POST from the confirmation page). */
export const confirmNewsletter = async ({ token, ip, userAgent }: { token: unknown; ip?: string; userAgent?: string }): Promise<ConfirmOutcome> =>
  confirmSubscription({ payload: await cms(), token, ip, userAgent })

/** Mails a fresh confirmation link for an expired one (the page answers the same whatever happens). */
export const resendNewsletterConfirmation = async ({ token }: { token: unknown }) => resendConfirmation({ payload: await cms(), token })

/** The preference center of the person a signed link names. */
export const newsletterPreferences = async ({ token, locale }: { token: unknown; locale: Locale }): Promise<PreferencesState> => loadPreferences({ payload: await cms(), token, locale })

/** Saves the preference center (POST). */
export const saveNewsletterPreferences = async (args: { token: unknown; input: PreferencesForm; pageLocale: Locale; ip?: string; userAgent?: string }): Promise<UpdatePreferencesOutcome> =>
  updatePreferences({ payload: await cms(), ...args })

/** Mails a preference-center link to a typed address or to the person an expired link names (same answer always). */
export const mailPreferenceLink = async (args: { address?: unknown; expiredToken?: unknown }) => requestPreferenceLink({ payload: await cms(), ...args })

/** A webinar with its description's blocks ready for the page (rich text rendered to HTML, as for pages). */
export type WebinarPageView = Omit<WebinarView, 'description'> & { description: PageBlock[] }

/** The published webinar with this slug, as the public sees it (never its join or replay link). */
export const findWebinar = async ({ slug, locale }: { slug: string; locale: Locale }): Promise<WebinarPageView | undefined> => {
  const webinar = await findCmsWebinar({ payload: await cms(), slug, locale })
  return webinar && { ...webinar, description: toView({ layout: webinar.description as Page['layout'], locale }) }
}

/** Upcoming (soonest first) or past (latest first) published webinars. */
export const listWebinars = async ({ locale, when, limit }: { locale: Locale; when: 'upcoming' | 'past'; limit?: number }): Promise<WebinarView[]> =>
  listCmsWebinars({ payload: await cms(), locale, when, limit })

/** The registration POST of a webinar page (see cms/webinars/handle-webinar-registration.ts). */
export const registerForWebinar = async (args: { webinar: Pick<WebinarView, 'id' | 'questions'>; form: RegistrationFormInput; pageLocale: Locale; clientKey: string }): Promise<WebinarRegistrationResult> =>
  handleWebinarRegistration({ payload: await cms(), webinarId: args.webinar.id, questions: args.webinar.questions, form: args.form, pageLocale: args.pageLocale, clientKey: args.clientKey })

/** A cancel link, used: the registration is cancelled and the seat goes to the waitlist. */
export const cancelWebinarRegistration = async ({ token }: { token: unknown }): Promise<{ outcome: CancelOutcome }> => cancelRegistration({ payload: await cms(), token })

/** The registration form's opt-in texts, exactly as the ledger records them. */
export const webinarOptInTexts = ({ locale }: { locale: Locale }): WebinarConsentTexts => webinarConsentTexts({ locale })


/** The trial signup POST of /{lang}/trial (see cms/trials/handle-trial-signup.ts). */
export const signUpForTrial = async (args: { form: TrialFormInput; pageLocale: Locale; clientKey: string }): Promise<TrialSignupResult> =>
  handleTrialSignup({ payload: await cms(), ...args })

/** The button of a trial verification link (see cms/trials/verify-trial.ts). */
export const verifyTrial = async ({ token }: { token: unknown }): Promise<{ outcome: VerifyTrialOutcome }> => verifyCmsTrial({ payload: await cms(), token })

/** The button of a lifecycle mail's "no more mails about my trial" link (see cms/trials/stop-trial-mails.ts). */
export const stopTrialMails = async ({ token }: { token: unknown }): Promise<{ outcome: StopTrialMailsOutcome }> => stopCmsTrialMails({ payload: await cms(), token })

/** The signup form's acceptance and newsletter wording, exactly as the ledger hashes it. */
export const trialConsentTexts = ({ locale }: { locale: Locale }): TrialConsentTexts => cmsTrialConsentTexts({ locale })

/** A published form in the page's language, or undefined (see cms/forms/find-public-form.ts). */
export const findForm = async ({ id, locale }: { id: unknown; locale: Locale }): Promise<PublicForm | undefined> => findPublicForm({ payload: await cms(), id, locale })

export type ContestTermsPage = { id: number | string; title: string; html: string; versionId: string; versionNumber: number; publishedAt: string; textHash: string; current: boolean; versions: ContestTermsVersionView[] }

/** Published contest terms, the version asked for or the newest, with their text as HTML (see cms/forms/find-contest-terms.ts). */
export const findContestTerms = async ({ id, version, locale }: { id: unknown; version?: unknown; locale: Locale }): Promise<ContestTermsPage | undefined> => {
  const terms = await findCmsContestTerms({ payload: await cms(), id, version, locale })
  if (!terms) return undefined
  const { body, ...rest } = terms
  return { ...rest, html: body ? richTextHtml({ content: body, locale }) : '' }
}

/** A form's POST from its block or its page (see cms/forms/handle-form-submission.ts). */
export const submitFormPost = async (args: { formId: unknown; input: FormValues; locale: Locale; clientKey: string }): Promise<FormSubmissionResult> =>
  handleFormSubmission({ payload: await cms(), ...args })
