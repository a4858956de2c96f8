/**
 * The site's one door into the CMS: Payload's Local API, in-process (never over HTTP). Everything the site reads
 * from the CMS goes through the functions here, and only this file may import Payload (eslint.config.js).
 *
 * Reads run as the public (overrideAccess: false, no user), so access rules decide what a visitor can see — also for
 * populated relationships: a link to an unpublished page stays a bare id and renders as plain text. The only
 * exception is a preview session, which is proven by Payload itself (findPreviewSession) before any draft is read.
 */
import config from '@payload-config'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { getPayload, type PopulateType, type TypedUser } from 'payload'

import type {
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
  PolicyVersion,
  RichTextBlock,
  SeoDefault,
  TestimonialBlock,
  TrialCtaBlock,
  WebinarListBlock,
} from '../../cms/payload-types'
import { canonicalText } from '../../cms/policy'
import { recordBannerConsent, type BannerConsentResult } from '../../cms/consent'
import { describeUnsubscribeToken, type UnsubscribeTokenState } from '../../cms/contacts'
import { pagePath } from '../../cms/content'
import { loadEnv } from '../../config/load-env'
import { createAltchaChallenge } from '../../cms/contacts'
import { confirmSubscription, type ConfirmOutcome } from '../../cms/contacts'
import { describeConfirmLink, type ConfirmLinkState } from '../../cms/contacts'
import { createFormStamp } from '../../cms/contacts'
import { handleSignUp, type SignUpResult } from '../../cms/contacts'
import { loadLists, type ListSummary } from '../../cms/contacts'
import { loadPreferences, type PreferencesState } from '../../cms/contacts'
import { loadNewsletterTexts } from '../../cms/contacts'
import { requestPreferenceLink } from '../../cms/contacts'
import { resendConfirmation } from '../../cms/contacts'
import type { SubscriptionFormError, SubscriptionFormInput, SubscriptionFormValues } from '../../cms/contacts'
import { updatePreferences, type PreferencesForm, type UpdatePreferencesOutcome } from '../../cms/contacts'
import { buildGateConfig, type BannerTexts, type GateConfig } from '../scripts/consent/gate-config'
import { defaultLocale, locales, type Locale } from '../../config/locales'
import { lexicalHtmlConverters } from './lexical-html-converters'
import { buildRedirectTable, normaliseSitePath, type RedirectRecord, type RedirectTarget } from './redirect-table'

export type { Locale, RedirectTarget }
export type { ConfirmLinkState, ConfirmOutcome, ListSummary, PreferencesState, SignUpResult, SubscriptionFormError, SubscriptionFormValues, UpdatePreferencesOutcome }
export type { PreferenceList, ConsentHistoryEntry, PreferencesView } from '../../cms/contacts'
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
}

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

const cms = () => getPayload({ config })

/** Populated pages only need what a link needs: the full layout of every linked page would be wasted work. */
const linkedPages: PopulateType = { pages: { slug: true, title: true } }

type LocalisedSlug = Partial<Record<Locale, string | null>> | undefined

/** A page's path in each locale that has a slug (read with locale 'all'). */
const localisedPaths = (slug: LocalisedSlug): Partial<Record<Locale, string>> => {
  const paths: Partial<Record<Locale, string>> = {}
  for (const l of locales) {
    const localSlug = slug?.[l]
    if (localSlug) paths[l] = pagePath({ locale: l, slug: localSlug })
  }
  return paths
}

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
export const findPage = async ({
  slug,
  locale,
  draft,
}: {
  slug: string
  locale: Locale
  draft?: PreviewSession
}): Promise<SitePage | undefined> => {
  const payload = await cms()
  const asViewer = draft ? { draft: true, user: draft.user } : { draft: false }
  const found = await payload.find({
    collection: 'pages',
    where: draft ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: defaultLocale,
    limit: 1,
    depth: 1,
    populate: linkedPages,
    overrideAccess: false,
    ...asViewer,
  })
  const doc = found.docs[0]
  if (!doc) return undefined
  const slugs = (await payload.findByID({
    collection: 'pages',
    id: doc.id,
    locale: 'all',
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
    ...asViewer,
  })) as unknown as { slug?: LocalisedSlug }
  return { ...doc, layout: toView({ layout: doc.layout, locale }), alternates: localisedPaths(slugs.slug), draft: Boolean(draft) }
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

/** Navigation, footer, organisation and SEO defaults in one call, as the public sees them (depth 1: pages, media). */
export const findGlobals = async ({ locale }: { locale: Locale }): Promise<SiteGlobals> => {
  const payload = await cms()
  const read = { locale, fallbackLocale: defaultLocale, depth: 1, populate: linkedPages, overrideAccess: false, draft: false } as const
  const [navigation, footer, organisation, seo, policyNotice] = await Promise.all([
    payload.findGlobal({ slug: 'navigation', ...read }),
    payload.findGlobal({ slug: 'footer', ...read }),
    payload.findGlobal({ slug: 'organisation', ...read }),
    payload.findGlobal({ slug: 'seo-defaults', ...read }),
    findPolicyNotice({ locale }),
  ])
  return { navigation, footer, organisation, seo, policyNotice, siteUrl: siteUrlOf(payload.config.serverURL) }
}

const siteUrlOf = (serverURL: string | undefined) => (serverURL ?? '').replace(/\/+$/, '')

/** The public origin alone (for routes that need no globals, e.g. robots.txt). */
export const findSiteUrl = async (): Promise<string> => siteUrlOf((await cms()).config.serverURL)

export type SitemapEntry = { updatedAt: string; paths: Partial<Record<Locale, string>> }

/** Every published page with its path in each locale that has a slug; the policy pages of every published version. */
export const listSitemapEntries = async (): Promise<SitemapEntry[]> => {
  const payload = await cms()
  const policies = await payload.find({
    collection: 'policy-versions',
    where: { state: { equals: 'published' } },
    sort: 'effectiveDate',
    depth: 0,
    pagination: false,
    select: { kind: true, publishedAt: true, updatedAt: true },
    overrideAccess: false,
  })
  const found = await payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    sort: 'createdAt',
    overrideAccess: false,
    draft: false,
  })
  const pages = (found.docs as unknown as { slug?: LocalisedSlug; updatedAt: string }[]).map((doc) => ({
    updatedAt: doc.updatedAt,
    paths: localisedPaths(doc.slug),
  }))
  const inAllLocales = (path: string) => Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])) as Partial<Record<Locale, string>>
  const policyEntries = (['privacy', 'cookie'] as const).flatMap((kind) => {
    const versions = policies.docs.filter((d) => d.kind === kind)
    const latest = versions.at(-1)
    if (!latest) return []
    const base = policyBasePath[kind]
    const updatedAt = latest.publishedAt ?? latest.updatedAt
    return [
      { updatedAt, paths: inAllLocales(base) },
      { updatedAt, paths: inAllLocales(`${base}/archive`) },
      ...versions.map((v) => ({ updatedAt: v.publishedAt ?? v.updatedAt, paths: inAllLocales(`${base}/${v.id}`) })),
    ]
  })
  return [...pages, ...policyEntries]
}

/**
 * How long a loaded redirect table is trusted. Every request that reaches Astro asks for it (also 404s, which are
 * never cached), so it is read from the database at most every two seconds per process.
 */
const redirectTableTtlMs = 2_000
let redirectTable: { loadedAt: number; table: Promise<Map<string, RedirectTarget>> } | undefined

const loadRedirectTable = async (): Promise<Map<string, RedirectTarget>> => {
  const payload = await cms()
  const redirects = await payload.find({ collection: 'redirects', depth: 0, pagination: false, overrideAccess: false })
  const ids = [
    ...new Set(
      redirects.docs.flatMap((r) => {
        const value = r.to?.type === 'reference' ? r.to.reference?.value : undefined
        return value === undefined || value === null ? [] : [typeof value === 'object' ? value.id : value]
      }),
    ),
  ]
  // Only published pages count: a redirect to a page that is gone or unpublished is not followed (the visitor gets
  // the 404 of the old path rather than a redirect to another 404).
  const pages = ids.length
    ? ((
        await payload.find({
          collection: 'pages',
          where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
          locale: 'all',
          depth: 0,
          pagination: false,
          select: { slug: true },
          overrideAccess: false,
          draft: false,
        })
      ).docs as unknown as { id: number; slug?: LocalisedSlug }[])
    : []
  const pagePaths = new Map(pages.map((p) => [String(p.id), localisedPaths(p.slug)]))
  return buildRedirectTable({ redirects: redirects.docs as RedirectRecord[], pagePaths })
}

/** The redirect for a site path (`/nl/oude-pagina`), or undefined. The table is cached for ~2 s per process. */
export const findRedirect = async ({ path }: { path: string }): Promise<RedirectTarget | undefined> => {
  const now = Date.now()
  if (!redirectTable || now - redirectTable.loadedAt > redirectTableTtlMs) {
    const table = loadRedirectTable()
    redirectTable = { loadedAt: now, table }
    // A failed load must not be cached for two seconds' worth of requests.
    table.catch(() => {
      if (redirectTable?.table === table) redirectTable = undefined
    })
  }
  const table = await redirectTable.table
  return table.get(normaliseSitePath(path))
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

/** Records a choice the banner reported (validated and checked against the current revision in the CMS). */
export const recordConsentChoice = async ({ body, ip, userAgent }: { body: unknown; ip?: string; userAgent?: string }): Promise<BannerConsentResult> =>
  recordBannerConsent({ payload: await cms(), body, ip, userAgent })

// ── Policy versions (privacy and cookie policy) ─────────────────────────────────────────────────────────────────

export type PolicyKind = PolicyVersion['kind']

/** Where each policy lives on the site, after the language: `/nl/privacy`, `/nl/cookies`. */
export const policyBasePath: Record<PolicyKind, string> = { privacy: '/privacy', cookie: '/cookies' }

/** A published version as the archive lists it. */
export type PolicyVersionSummary = {
  id: string
  kind: PolicyKind
  versionLabel: string
  effectiveDate: string
  publishedAt: string
  materiality: PolicyVersion['materiality']
  changeSummary?: string
  /** The languages this version was published in (a hash exists for each). */
  languages: Locale[]
}

/** One published version, its text rendered in the visitor's language (or in Dutch when it has no translation). */
export type PolicyVersionView = PolicyVersionSummary & {
  /** The language of the text shown: the visitor's, or Dutch. */
  textLocale: Locale
  html: string
  /** The canonical text (what the hash covers), for comparing versions. */
  text: string
}

export type PolicyNotice = { id: string; kind: PolicyKind; versionLabel: string; summary?: string; until: string }

type PublishedDoc = Pick<PolicyVersion, 'id' | 'kind' | 'versionLabel' | 'effectiveDate' | 'publishedAt' | 'materiality' | 'changeSummary' | 'hashes' | 'noticeUntil'>

const languagesOf = (hashes: PolicyVersion['hashes']): Locale[] => locales.filter((l) => typeof hashes?.[l] === 'string' && hashes[l] !== '')

const toSummary = (doc: PublishedDoc): PolicyVersionSummary => ({
  id: String(doc.id),
  kind: doc.kind,
  versionLabel: doc.versionLabel,
  effectiveDate: doc.effectiveDate,
  publishedAt: doc.publishedAt ?? doc.effectiveDate,
  materiality: doc.materiality,
  changeSummary: doc.changeSummary?.trim() || undefined,
  languages: languagesOf(doc.hashes),
})

const summaryFields = {
  kind: true,
  versionLabel: true,
  effectiveDate: true,
  publishedAt: true,
  materiality: true,
  changeSummary: true,
  hashes: true,
  noticeUntil: true,
} as const

/** Every published version of a policy, newest effective date first (read as the public: drafts are invisible). */
export const listPolicyVersions = async ({ kind, locale }: { kind: PolicyKind; locale: Locale }): Promise<PolicyVersionSummary[]> => {
  const payload = await cms()
  const found = await payload.find({
    collection: 'policy-versions',
    where: { and: [{ kind: { equals: kind } }, { state: { equals: 'published' } }] },
    sort: ['-effectiveDate', '-publishedAt'],
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    pagination: false,
    select: summaryFields,
    overrideAccess: false,
  })
  return (found.docs as unknown as PublishedDoc[]).map(toSummary)
}

/** The version in force: published, effective date reached, the latest such. */
export const currentPolicyVersionId = async ({ kind, now = new Date() }: { kind: PolicyKind; now?: Date }): Promise<string | undefined> => {
  const payload = await cms()
  const found = await payload.find({
    collection: 'policy-versions',
    where: { and: [{ kind: { equals: kind } }, { state: { equals: 'published' } }, { effectiveDate: { less_than_equal: now.toISOString() } }] },
    sort: ['-effectiveDate', '-publishedAt'],
    limit: 1,
    depth: 0,
    select: { kind: true },
    overrideAccess: false,
  })
  const doc = found.docs[0]
  return doc ? String(doc.id) : undefined
}

/**
 * One published version of this kind by id, in the visitor's language when it was published in it, else in Dutch
 * (which prevails). Undefined for anything else: an unknown, malformed or draft id, or a version of the other kind.
 */
export const findPolicyVersion = async ({ kind, id, locale }: { kind: PolicyKind; id: string; locale: Locale }): Promise<PolicyVersionView | undefined> => {
  if (!/^[1-9]\d{0,15}$/.test(id)) return undefined
  const payload = await cms()
  const read = (l: Locale) =>
    payload.find({
      collection: 'policy-versions',
      where: { and: [{ id: { equals: Number(id) } }, { kind: { equals: kind } }, { state: { equals: 'published' } }] },
      locale: l,
      fallbackLocale: false,
      depth: 1,
      populate: linkedPages,
      limit: 1,
      overrideAccess: false,
    })
  const first = (await read(locale)).docs[0]
  if (!first) return undefined
  const textLocale: Locale = languagesOf(first.hashes).includes(locale) && first.content ? locale : defaultLocale
  const doc = textLocale === locale ? first : (await read(textLocale)).docs[0]
  if (!doc) return undefined
  return {
    ...toSummary({ ...doc, changeSummary: first.changeSummary ?? doc.changeSummary }),
    textLocale,
    html: doc.content ? richTextHtml({ content: doc.content, locale }) : '',
    text: doc.content ? canonicalText({ content: doc.content }) : '',
  }
}

/** The latest major version whose notice period runs now (also before it takes effect: it announces it). */
export const findPolicyNotice = async ({ locale, now = new Date() }: { locale: Locale; now?: Date }): Promise<PolicyNotice | undefined> => {
  const payload = await cms()
  const found = await payload.find({
    collection: 'policy-versions',
    where: {
      and: [
        { state: { equals: 'published' } },
        { materiality: { equals: 'major' } },
        { noticeUntil: { greater_than: now.toISOString() } },
      ],
    },
    sort: ['-publishedAt'],
    limit: 1,
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    select: summaryFields,
    overrideAccess: false,
  })
  const doc = found.docs[0] as unknown as PublishedDoc | undefined
  if (!doc?.noticeUntil) return undefined
  return { id: String(doc.id), kind: doc.kind, versionLabel: doc.versionLabel, summary: doc.changeSummary?.trim() || undefined, until: doc.noticeUntil }
}

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

let trustProxy: boolean | undefined
/**
 * The client behind a request (rate limits, the ledger's truncated IP): the socket's address, or behind a trusted
 * proxy (TRUST_PROXY) the first X-Forwarded-For address, as the server's write guard counts it (Astro trusts
 * forwarded headers only for its own allowed domains, so its clientAddress would be the proxy's for everyone).
 */
export const clientAddressOf = ({ headers, clientAddress }: { headers: Headers; clientAddress: string }): string => {
  trustProxy ??= loadEnv().TRUST_PROXY
  const forwarded = trustProxy ? (headers.get('x-forwarded-for') ?? '').split(',')[0]?.trim() : ''
  return forwarded || clientAddress
}
