import fc from 'fast-check'
import { Webhook } from 'standardwebhooks'

import { formBody, hostileFormValue, hostileJsonBody, hostileJsonValue, hostileObject, hostileQueryValue, hostileString, percentEncode } from './hostile-values'
import type { FuzzRequest } from './send-raw-request'

/** What the generators need from the running server: its origin, real list keys and genuinely signed links. */
export type FuzzContext = {
  origin: string
  listKeys: string[]
  preferenceToken: string
  unsubscribeToken: string
  confirmToken: string
  clickToken: string
  openToken: string
  webinarCancelToken: string
  /** A published webinar with open registration (the demo seed's). */
  webinarSlug: string
  webhookSecret: string
  /** TRIAL_WEBHOOK_SECRET of the process: the trial application's reports, genuinely signed, hostile inside. */
  trialWebhookSecret: string
  /** A trial's genuine verification and "stop mails" links. */
  trialVerifyToken: string
  trialMailsToken: string
  /** The demo contact form (email, name, profession, question). */
  formId: number
}

/**
 * One public door of the server: how many hostile requests it gets and which answers are acceptable. Every target
 * also meets the global rule (an answer, never 5xx); `allowed` says more: an anonymous write that answers 201 is a
 * hole even though it is no 500.
 */
export type FuzzTarget = { name: string; runs: number; allowed: number[]; request: fc.Arbitrary<FuzzRequest> }

/** Placeholder in a sign-up body, replaced at send time by a fresh, unused form stamp (each works once). */
export const stampMarker = '__FUZZ_STAMP__'

const langs = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('nl', 'fr', 'en') }, { weight: 1, arbitrary: hostileQueryValue })

/** A client address per request: the per-client budgets then count each generated request as its own visitor. */
const forwardedFor = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`)

/** Headers attackers add: forged sessions and proxies, odd languages, CR/LF to split headers, method overrides. */
const hostileHeader: fc.Arbitrary<[string, string]> = fc.oneof(
  hostileString.map((v): [string, string] => ['Accept-Language', v]),
  hostileString.map((v): [string, string] => ['Cookie', `payload-token=${v}`]),
  hostileString.map((v): [string, string] => ['Authorization', `JWT ${v}`]),
  fc.constantFrom<[string, string]>(
    ['Authorization', 'Bearer x'],
    ['Authorization', 'users API-Key abc'],
    ['X-HTTP-Method-Override', 'DELETE'],
    ['X-Forwarded-Proto', 'https'],
    ['X-Forwarded-Host', 'evil.example'],
    ['X-Injected', 'a\r\nSet-Cookie: pwned=1'],
    ['X-Split', 'a\nb'],
    ['X-Bare-Cr', 'a\rb'],
    ['Transfer-Encoding', 'chunked'],
    ['Expect', '100-continue'],
    ['Range', 'bytes=0-1,5-2'],
    ['If-None-Match', '*'],
  ),
  hostileString.map((v): [string, string] => ['User-Agent', v]),
  hostileString.map((v): [string, string] => ['X-Forwarded-For', v]),
)

/** Mostly our own origin (so a form is tested past the CSRF check), sometimes none, another or a malformed one. */
const originHeader = (origin: string): fc.Arbitrary<[string, string][]> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant<[string, string][]>([['Origin', origin]]) },
    { weight: 1, arbitrary: fc.constant<[string, string][]>([]) },
    { weight: 1, arbitrary: fc.constantFrom<[string, string][]>([['Origin', 'https://evil.example']], [['Origin', 'null']], [['Origin', `${origin}.evil.example`]]) },
  )

const headers = ({ origin, contentType }: { origin: string; contentType: fc.Arbitrary<string | undefined> }): fc.Arbitrary<[string, string][]> =>
  fc
    .tuple(forwardedFor, originHeader(origin), contentType, fc.array(hostileHeader, { maxLength: 2 }))
    .map(([ip, originPart, type, extra]) => [['X-Forwarded-For', ip], ...originPart, ...(type === undefined ? [] : [['Content-Type', type] as [string, string]]), ...extra])

const formType = fc.oneof(
  { weight: 10, arbitrary: fc.constant<string | undefined>('application/x-www-form-urlencoded') },
  { weight: 1, arbitrary: fc.constantFrom<string | undefined>(undefined, 'application/json', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded; charset=utf-16', 'application/xml') },
)
const jsonType = fc.oneof(
  { weight: 10, arbitrary: fc.constant<string | undefined>('application/json') },
  { weight: 1, arbitrary: fc.constantFrom<string | undefined>(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/graphql') },
)

/** Now and then a body far over the route's cap (the server must refuse it, not read it whole). */
const maybeOversized = (body: fc.Arbitrary<Buffer>, capBytes: number): fc.Arbitrary<Buffer> =>
  fc.oneof({ weight: 40, arbitrary: body }, { weight: 1, arbitrary: fc.constant(Buffer.alloc(capBytes + 1024, 'a')) })

const form = (fields: fc.Arbitrary<[string, string | Buffer][]>) => maybeOversized(fields.map(formBody), 1024 * 1024)

/** A field the form knows, with a plausible value, a hostile one, or repeated. */
const field = (name: string, plausible: fc.Arbitrary<string>): fc.Arbitrary<[string, string | Buffer][]> =>
  fc.oneof(
    { weight: 3, arbitrary: plausible.map((v): [string, string | Buffer][] => [[name, v]]) },
    { weight: 3, arbitrary: hostileFormValue.map((v): [string, string | Buffer][] => [[name, v]]) },
    { weight: 1, arbitrary: fc.array(hostileFormValue, { maxLength: 60 }).map((vs) => vs.map((v): [string, string | Buffer] => [name, v])) },
    { weight: 1, arbitrary: fc.constant<[string, string | Buffer][]>([]) },
  )

const fields = (parts: fc.Arbitrary<[string, string | Buffer][]>[]) =>
  fc.tuple(fc.tuple(...parts), fc.array(fc.tuple(hostileString, hostileFormValue), { maxLength: 3 })).map(([known, extra]) => [...known.flat(), ...extra])

const validEmail = fc.emailAddress().map((e) => e.toLowerCase())
const token = (genuine: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(genuine) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(genuine.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([i, c]) => `${genuine.slice(0, i)}${c}${genuine.slice(i + 1)}`) },
    { weight: 3, arbitrary: hostileString },
  )
const tokenQuery = (genuine: string) =>
  fc.oneof(
    { weight: 6, arbitrary: token(genuine).map((t) => `token=${percentEncode(t)}`) },
    { weight: 1, arbitrary: fc.constantFrom('', 'token', 'token=', 'token[$ne]=null', 'token=a&token=b', `token[]=${genuine}`) },
    { weight: 1, arbitrary: hostileQueryValue.map((v) => `token=${v}`) },
  )

const post = ({ path, headers: h, body }: { path: string; headers: [string, string][]; body: Buffer }): FuzzRequest => ({ method: 'POST', path, headers: h, body })
const get = ({ path, headers: h }: { path: string; headers: [string, string][] }): FuzzRequest => ({ method: 'GET', path, headers: h })

const publicCollections = ['pages', 'media', 'redirects', 'newsletter-lists', 'policy-versions', 'contacts', 'consent-records', 'users', 'campaigns', 'mail-messages', 'outbox-messages', 'audit-log', 'contact-activities', 'payload-jobs', 'payload-locked-documents', 'payload-preferences']
const whereTricks = fc.oneof(
  hostileQueryValue.map((v) => `where[email][equals]=${v}`),
  fc.constantFrom(
    'where[email][$ne]=null',
    'where[password][exists]=true',
    'where[hash][like]=a',
    'where[or][0][email][exists]=true',
    'where[and][0][and][0][and][0][id][exists]=true',
    'where[__proto__][polluted]=1',
    'where[constructor][prototype][x]=1',
    'where[id][in]=1,2,3',
    'where[id][equals][$gt]=0',
    'where[createdAt][greater_than]=not-a-date',
    'where[updatedAt][less_than][]=2026-01-01',
    'limit=1&limit=2',
    'depth[a]=1',
    'where[slug][near]=1,2',
    'where[slug][within]=x',
    'where[slug][intersects]=x',
    'where[slug][all]=x',
    'where[layout.cta.page.slug][equals]=x',
    'where[meta.image.alt][equals]=x',
    'where=%7B%22slug%22%3A%7B%22%24ne%22%3Anull%7D%7D',
    'where=%7B%7D',
    'where=null',
    'where=%5B%5D',
    'where[slug][equals][]=a',
    'where[id][greater_than][]=1',
    'page=99999999999999999999',
    'limit=Infinity',
    'where[slug][like]=%25%25%25',
    'where[0]=1',
  ),
  fc.array(fc.constantFrom('and', 'or', '0'), { minLength: 20, maxLength: 200 }).map((path) => `where${path.map((p) => `[${p}]`).join('')}[id][exists]=true`),
)
const otherTricks = fc.oneof(
  fc.constantFrom('limit=-1', 'limit=0', 'limit=1e9', 'limit=abc', 'limit=99999999999999999999', 'page=-5', 'page=0', 'page=1.5', 'depth=100', 'depth=-1', 'depth=abc', 'pagination=false', 'draft=true', 'trash=true', 'locale=all', 'locale=xx', 'locale=__proto__', 'fallback-locale=none', 'sort=-password', 'sort=hash', 'sort=salt', 'sort=meta.image.filename', 'sort=%00', 'select[password]=true', 'populate[pages][slug]=true', 'joins=false', 'data=%7Bnope'),
  fc.tuple(fc.constantFrom('limit', 'page', 'depth', 'locale', 'sort', 'select', 'populate', 'draft', 'fallback-locale'), hostileQueryValue).map(([k, v]) => `${k}=${v}`),
)
const collectionPath = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...publicCollections).map((c) => `/api/${c}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...publicCollections), fc.oneof(hostileQueryValue, fc.constantFrom('1', '0', '-1', '1.5', 'versions', 'me', 'count', 'init', 'access', 'verify', 'export', 'unlock'))).map(([c, id]) => `/api/${c}/${id}`) },
  { weight: 1, arbitrary: fc.constantFrom('/api/globals/footer', '/api/globals/navigation', '/api/globals/consent-settings', '/api/globals/render-state', '/api/globals/newsletter-settings', '/api/access', '/api/users/me', '/api/consent-records/verify', '/api/consent-records/export', '/api/campaigns/1/stats', '/api/payload-jobs/run') },
)

const graphqlQuery = fc.oneof(
  fc.constantFrom(
    '{ Users { docs { email hash salt } } }',
    '{ Contacts { docs { email } } }',
    '{ Pages(where: { slug: { equals: "home" } }) { docs { id title } } }',
    '{ Pages(limit: -1) { docs { id } } }',
    '{ Pages(where: { OR: [{ slug: { exists: true } }] }) { totalDocs } }',
    'mutation { createContact(data: { email: "x@example.com" }) { id } }',
    'mutation { loginUser(email: "a@b.c", password: "x") { token } }',
    'mutation { a: loginUser(email: "a@b.c", password: "x") { token } b: loginUser(email: "a@b.c", password: "y") { token } }',
    'mutation { forgotPasswordUser(email: "admin@example.com") }',
    '{ __schema { types { name fields { name } } } }',
    'query { __typename',
    '',
    'fragment A on Page { ...A } { Pages { docs { ...A } } }',
  ),
  fc.integer({ min: 10, max: 3000 }).map((n) => `{ Pages { docs { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ')} } } }`),
  fc.integer({ min: 10, max: 2000 }).map((n) => `{ Pages { docs { ${'layout { ... on Hero { '.repeat(n)} } } }`),
  hostileString,
)

const consentFields = ['consentId', 'eventId', 'action', 'revision', 'locale', 'acceptedCategories', 'rejectedCategories', 'acceptedServices'] as const
const nearlyValidChoice = fc
  .tuple(fc.uuid({ version: 4 }), fc.uuid({ version: 4 }), fc.constantFrom('given', 'updated'), fc.constantFrom('nl', 'fr', 'en'), fc.option(fc.tuple(fc.constantFrom(...consentFields), hostileJsonValue), { nil: undefined, freq: 3 }))
  .map(([consentId, eventId, action, locale, broken]) => ({
    consentId,
    eventId,
    action,
    revision: 1,
    locale,
    acceptedCategories: ['necessary'],
    rejectedCategories: ['analytics', 'marketing'],
    acceptedServices: { necessary: [], analytics: [], marketing: [] },
    ...(broken ? { [broken[0]]: broken[1] } : {}),
  }))

/** Every public door of the process, with the answers each may give to input it did not expect. */
export const fuzzTargets = (ctx: FuzzContext): FuzzTarget[] => {
  const { origin } = ctx
  const lists = fc.oneof(fc.constantFrom(...ctx.listKeys), hostileString)
  const webhook = new Webhook(ctx.webhookSecret)
  const trialWebhook = new Webhook(ctx.trialWebhookSecret)
  return [
    {
      name: 'POST /{lang}/trial (signup)',
      runs: 700,
      // 200: the form once more (no proof yet); 303: "check your inbox"; 400: invalid; 403: cross-origin; 429: budget.
      allowed: [200, 303, 400, 403, 404, 413, 429],
      request: fc
        .tuple(
          langs,
          headers({ origin, contentType: formType }),
          fields([
            field('email', validEmail),
            field('firstName', fc.string({ maxLength: 30 })),
            field('lastName', fc.string({ maxLength: 30 })),
            field('profession', fc.constantFrom('psychologist', 'therapist', 'coach', 'other')),
            field('practiceName', fc.string({ maxLength: 40 })),
            field('country', fc.constantFrom('BE', 'NL', 'other')),
            field('locale', fc.constantFrom('nl', 'fr', 'en')),
            field('accept', fc.constant('yes')),
            field('newsletter', fc.constant('yes')),
            field('mp_c', fc.stringMatching(/^[A-Za-z0-9]{1,32}$/)),
            field('from', fc.oneof(fc.constantFrom('/nl/webinars/', '/fr/', '/en/pricing'), hostileString)),
            field('altcha', hostileString),
            fc.oneof({ weight: 3, arbitrary: fc.constant<[string, string][]>([['stamp', stampMarker]]) }, { weight: 1, arbitrary: field('stamp', hostileString) }),
            fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: field('website', hostileString) }),
          ]),
        )
        .chain(([lang, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/trial`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/forms/{id}',
      runs: 700,
      // 200: the form once more (no proof yet); 303: sent; 400: invalid; 403: cross-origin; 404: no such form; 429: budget.
      allowed: [200, 303, 400, 403, 404, 410, 413, 429],
      request: fc
        .tuple(
          langs,
          fc.oneof({ weight: 6, arbitrary: fc.constant(String(ctx.formId)) }, { weight: 1, arbitrary: hostileQueryValue }),
          headers({ origin, contentType: formType }),
          fields([
            field('email', validEmail),
            field('name', fc.string({ maxLength: 40 })),
            field('profession', fc.oneof(fc.constantFrom('psychologist', 'therapist', 'coach', 'other'), hostileString)),
            field('question', fc.string({ maxLength: 300 })),
            field('newsletter', fc.constant('yes')),
            field('crm', fc.constant('yes')),
            field('terms', fc.oneof(fc.constant('yes'), hostileString)),
            // The version the page showed: a real-looking id, or anything.
            field('version', fc.oneof(fc.stringMatching(/^[0-9]{1,7}$/), hostileString, hostileQueryValue)),
            field('__proto__', hostileString),
            field('altcha', hostileString),
            fc.oneof({ weight: 3, arbitrary: fc.constant<[string, string][]>([['stamp', stampMarker]]) }, { weight: 1, arbitrary: field('stamp', hostileString) }),
            fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: field('website', hostileString) }),
          ]),
        )
        .chain(([lang, id, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/forms/${id}`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/trial/verify, /{lang}/trial/mails',
      runs: 400,
      // 200: done (or done before); 400: a forged token; 410: an expired one; 403: cross-origin.
      allowed: [200, 400, 403, 404, 410, 413],
      request: fc
        .tuple(
          langs,
          fc.constantFrom('verify', 'mails'),
          headers({ origin, contentType: formType }),
          fields([field('token', fc.oneof(fc.constant(ctx.trialVerifyToken), fc.constant(ctx.trialMailsToken), hostileString))]),
        )
        .chain(([lang, page, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/trial/${page}`, headers: h, body }))),
    },
    {
      name: 'POST /api/trials/webhooks/app',
      runs: 500,
      // A verified report is acknowledged (200) even for a trial we do not know; 400: signed but not an event; 401: signature.
      allowed: [200, 400, 401, 413, 415],
      request: fc
        .tuple(
          headers({ origin, contentType: jsonType }),
          fc.oneof(
            {
              weight: 2,
              arbitrary: fc
                .tuple(
                  fc.uuid(),
                  fc.oneof(fc.constantFrom('trial.converted', 'trial.expired', 'trial.cancelled'), hostileString),
                  fc.oneof(fc.constant(new Date().toISOString()), hostileString),
                  hostileObject(['accountId', 'idempotencyKey']),
                )
                .map(([id, type, occurredAt, data]) => {
                  const body = JSON.stringify({ type, occurredAt, data })
                  const timestamp = new Date()
                  return { body: Buffer.from(body), signed: [['webhook-id', `msg_${id}`], ['webhook-timestamp', String(Math.floor(timestamp.getTime() / 1000))], ['webhook-signature', trialWebhook.sign(`msg_${id}`, timestamp, body)]] as [string, string][] }
                }),
            },
            {
              weight: 2,
              arbitrary: fc
                .tuple(maybeOversized(hostileJsonBody(['type', 'occurredAt', 'data']), 64 * 1024), hostileString, hostileString)
                .map(([body, id, sig]) => ({ body, signed: [['webhook-id', id.replace(/[\r\n]/g, '')], ['webhook-timestamp', String(Math.floor(Date.now() / 1000))], ['webhook-signature', `v1,${sig}`]] as [string, string][] })),
            },
          ),
        )
        .map(([h, { body, signed }]) => post({ path: '/api/trials/webhooks/app', headers: [...h, ...signed], body })),
    },
    {
      name: 'POST /{lang}/newsletter (sign-up)',
      runs: 1500,
      // 200: the form once more (no proof yet); 303: "check your inbox"; 400: invalid; 403: cross-origin.
      allowed: [200, 303, 400, 403, 404, 413],
      request: fc
        .tuple(
          langs,
          headers({ origin, contentType: formType }),
          fields([
            field('email', validEmail),
            field('name', fc.string({ maxLength: 30 })),
            field('lists', lists),
            field('locale', fc.constantFrom('nl', 'fr', 'en')),
            field('consent', fc.constant('yes')),
            field('tracking', fc.constant('yes')),
            field('mp_c', fc.stringMatching(/^[A-Za-z0-9]{1,32}$/)),
            field('altcha', hostileString),
            fc.oneof({ weight: 3, arbitrary: fc.constant<[string, string][]>([['stamp', stampMarker]]) }, { weight: 1, arbitrary: field('stamp', hostileString) }),
            fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: field('website', hostileString) }),
          ]),
        )
        .chain(([lang, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/newsletter`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/preferences',
      runs: 1000,
      allowed: [200, 303, 400, 403, 404, 410, 413],
      request: fc
        .tuple(
          langs,
          tokenQuery(ctx.preferenceToken),
          headers({ origin, contentType: formType }),
          fields([
            field('action', fc.constantFrom('save', 'unsubscribe-all', 'request-link', 'mail-link')),
            field('name', fc.string({ maxLength: 30 })),
            field('email', validEmail),
            field('locale', fc.constantFrom('nl', 'fr', 'en')),
            field('lists', lists),
            field('tracking', fc.constant('yes')),
            field('ads', fc.constantFrom('yes', 'no')),
            field('crm', fc.oneof(fc.constantFrom('yes', 'no'), hostileString)),
          ]),
        )
        .chain(([lang, q, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/preferences?${q}`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/newsletter/confirm',
      runs: 600,
      allowed: [200, 303, 400, 403, 404, 410, 413],
      request: fc
        .tuple(langs, tokenQuery(ctx.confirmToken), headers({ origin, contentType: formType }), fields([field('action', fc.constantFrom('resend', 'confirm'))]))
        .chain(([lang, q, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/newsletter/confirm?${q}`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/webinars/{slug} (registration)',
      runs: 700,
      // 200: the form once more (no proof yet); 303: "check your inbox"; 400: invalid; 403: cross-origin; 409: closed.
      allowed: [200, 303, 400, 403, 404, 409, 413],
      request: fc
        .tuple(
          langs,
          fc.oneof({ weight: 6, arbitrary: fc.constant(ctx.webinarSlug) }, { weight: 1, arbitrary: hostileQueryValue }),
          headers({ origin, contentType: formType }),
          fields([
            field('email', validEmail),
            field('name', fc.string({ maxLength: 30 })),
            field('profession', fc.constantFrom('psychologist', 'therapist', 'coach', 'other')),
            field('locale', fc.constantFrom('nl', 'fr', 'en')),
            field('q-experience', fc.constantFrom('not-yet', 'sometimes', 'often')),
            field('newsletter', fc.constant('yes')),
            field('crm', fc.constant('yes')),
            field('mp_c', fc.stringMatching(/^[A-Za-z0-9]{1,32}$/)),
            field('altcha', hostileString),
            fc.oneof({ weight: 3, arbitrary: fc.constant<[string, string][]>([['stamp', stampMarker]]) }, { weight: 1, arbitrary: field('stamp', hostileString) }),
            fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: field('website', hostileString) }),
          ]),
        )
        .chain(([lang, slug, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/webinars/${slug}`, headers: h, body }))),
    },
    {
      name: 'POST /{lang}/webinars/cancel',
      runs: 300,
      allowed: [200, 400, 403, 404, 413],
      request: fc
        .tuple(langs, headers({ origin, contentType: formType }), fields([field('token', fc.oneof(fc.constant(ctx.webinarCancelToken), hostileString))]))
        .chain(([lang, h, f]) => form(fc.constant(f)).map((body) => post({ path: `/${lang}/webinars/cancel`, headers: h, body }))),
    },
    {
      name: 'POST /consent (banner choice)',
      runs: 1200,
      // 204: a choice that is in fact valid; 409: a stale revision.
      allowed: [204, 400, 403, 409, 413, 415],
      request: fc
        .tuple(
          headers({ origin, contentType: jsonType }),
          fc.oneof(
            { weight: 3, arbitrary: maybeOversized(hostileJsonBody(['consentId', 'eventId', 'action', 'revision', 'locale', 'acceptedCategories', 'rejectedCategories', 'acceptedServices']), 8 * 1024) },
            // A genuine choice with at most one field made hostile: gets past the shape check into the ledger's own.
            { weight: 1, arbitrary: nearlyValidChoice.map((choice) => Buffer.from(JSON.stringify(choice))) },
          ),
        )
        .map(([h, body]) => post({ path: '/consent', headers: h, body })),
    },
    {
      name: 'GET /newsletter/challenge, site pages, unsubscribe pages',
      runs: 900,
      allowed: [200, 301, 302, 303, 304, 307, 308, 400, 404, 410, 414, 416, 431],
      request: fc
        .tuple(
          fc.oneof(
            fc.tuple(langs, tokenQuery(ctx.unsubscribeToken)).map(([l, q]) => `/${l}/unsubscribe?${q}`),
            fc.tuple(langs, tokenQuery(ctx.preferenceToken)).map(([l, q]) => `/${l}/preferences?${q}`),
            fc.tuple(langs, tokenQuery(ctx.confirmToken)).map(([l, q]) => `/${l}/newsletter/confirm?${q}`),
            hostileQueryValue.map((q) => `/newsletter/challenge?${q}`),
            fc.tuple(langs, hostileQueryValue).map(([l, q]) => `/${l}/newsletter?mp_c=${q}&sent=${q}`),
            fc.tuple(langs, hostileQueryValue).map(([l, q]) => `/${l}/webinars/${ctx.webinarSlug}?mp_c=${q}&sent=${q}`),
            fc.tuple(langs, hostileQueryValue).map(([l, q]) => `/${l}/webinars/cancel?token=${q}`),
            fc.tuple(langs, hostileQueryValue).map(([l, s]) => `/${l}/webinars/${s}`),
            fc.tuple(langs, hostileQueryValue).map(([l, s]) => `/${l}/${s}`),
            fc.tuple(langs, hostileQueryValue).map(([l, s]) => `/${l}/privacy/${s}`),
            fc.tuple(langs, hostileQueryValue).map(([l, s]) => `/${l}/cookies/${s}?v=${s}`),
            hostileQueryValue.map((q) => `/?preview=1&${q}`),
            fc.constantFrom('/sitemap.xml', '/robots.txt', '/nl/../../etc/passwd', '//evil.example/', '/%2e%2e/%2e%2e/', '/nl/%2F%2Fevil.example', '/nl/?preview=1', '/nl//', '/_astro/../package.json', '/healthz?x=1', '/readyz'),
          ),
          headers({ origin, contentType: fc.constant(undefined) }),
        )
        .map(([path, h]) => get({ path, headers: h })),
    },
    {
      name: 'GET /api/mail/unsubscribe (link)',
      runs: 300,
      allowed: [303, 400, 404],
      request: fc
        .tuple(tokenQuery(ctx.unsubscribeToken), hostileQueryValue, headers({ origin, contentType: fc.constant(undefined) }))
        .map(([q, lang, h]) => get({ path: `/api/mail/unsubscribe?${q}&lang=${lang}`, headers: h })),
    },
    {
      name: 'POST /api/mail/unsubscribe (one-click)',
      runs: 700,
      allowed: [200, 303, 400, 403, 404, 410, 413, 415],
      request: fc
        .tuple(
          tokenQuery(ctx.unsubscribeToken),
          headers({ origin, contentType: formType }),
          maybeOversized(
            fields([field('List-Unsubscribe', fc.constant('One-Click')), field('confirm', fc.constant('1')), field('lang', fc.constantFrom('nl', 'fr', 'en'))]).map(formBody),
            16 * 1024,
          ),
        )
        .map(([q, h, body]) => post({ path: `/api/mail/unsubscribe?${q}`, headers: h, body })),
    },
    {
      name: 'POST /api/mail/webhooks/resend',
      runs: 700,
      // A verified webhook is acknowledged (200) even when ignored; a bad signature is 401.
      allowed: [200, 400, 401, 413, 415],
      request: fc
        .tuple(
          headers({ origin, contentType: jsonType }),
          fc.oneof(
            // Genuinely signed, hostile inside: the signature is no proof the body is well formed.
            {
              weight: 2,
              arbitrary: fc
                .tuple(
                  fc.uuid(),
                  fc.constantFrom('email.sent', 'email.delivered', 'email.bounced', 'email.complained', 'email.opened', 'email.clicked', 'email.failed', 'email.suppressed', 'contact.created'),
                  hostileObject(['email_id', 'to', 'tags', 'bounce', 'suppressed', 'failed', 'created_at']),
                  fc.dictionary(fc.constantFrom('campaign', 'subscriber', 'contact', 'category', '__proto__'), fc.oneof(hostileString, fc.nat().map(String)), { maxKeys: 3 }),
                  fc.oneof(hostileString, validEmail),
                )
                .map(([id, type, data, tags, to]) => {
                  const body = JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: `m-${id}`, to: [to], ...data, tags } })
                  const timestamp = new Date()
                  return { body: Buffer.from(body), signed: [['svix-id', `msg_${id}`], ['svix-timestamp', String(Math.floor(timestamp.getTime() / 1000))], ['svix-signature', webhook.sign(`msg_${id}`, timestamp, body)]] as [string, string][] }
                }),
            },
            {
              weight: 2,
              arbitrary: fc
                .tuple(maybeOversized(hostileJsonBody(['type', 'created_at', 'data']), 256 * 1024), hostileString, hostileString)
                .map(([body, id, sig]) => ({ body, signed: [['svix-id', id.replace(/[\r\n]/g, '')], ['svix-timestamp', String(Math.floor(Date.now() / 1000))], ['svix-signature', `v1,${sig}`]] as [string, string][] })),
            },
          ),
        )
        .map(([h, { body, signed }]) => post({ path: '/api/mail/webhooks/resend', headers: [...h, ...signed], body })),
    },
    {
      name: 'GET /api/campaigns/click|open/:token',
      runs: 500,
      allowed: [200, 302, 308, 400, 404],
      request: fc
        .tuple(fc.constantFrom('click', 'open'), fc.oneof(token(ctx.clickToken), token(ctx.openToken)).map(percentEncode), headers({ origin, contentType: fc.constant(undefined) }))
        .map(([kind, t, h]) => get({ path: `/api/campaigns/${kind}/${t}`, headers: h })),
    },
    {
      name: 'GET /api/<collection> with where/limit/sort/depth/locale tricks',
      runs: 1500,
      allowed: [200, 308, 400, 401, 403, 404, 405, 414, 431],
      request: fc
        .tuple(collectionPath, fc.array(fc.oneof(whereTricks, otherTricks), { minLength: 1, maxLength: 4 }), headers({ origin, contentType: fc.constant(undefined) }))
        .map(([path, q, h]) => get({ path: `${path}?${q.join('&')}`, headers: h })),
    },
    {
      name: 'anonymous writes to /api/<collection>',
      runs: 400,
      // Never 200/201: nobody may write these without signing in. 308: Next's redirect off a trailing slash (no write).
      allowed: [308, 400, 401, 403, 404, 405, 413, 415],
      request: fc
        .tuple(
          fc.constantFrom('POST', 'PATCH', 'DELETE', 'PUT'),
          // Payload's POST /api/<collection>/access answers the caller's permissions (a read, 200): not a write.
          fc.oneof(collectionPath.filter((path) => !path.endsWith('/access')), fc.constantFrom('/api/contacts', '/api/consent-records', '/api/users/first-register', '/api/users/unlock', '/api/users/reset-password', '/api/mail/test', '/api/mail/preview', '/api/campaigns/1/send', '/api/mail-messages/1/retry', '/api/payload-locked-documents', '/api/globals/consent-settings')),
          fc.array(whereTricks, { maxLength: 1 }),
          headers({ origin, contentType: jsonType }),
          hostileJsonBody(['email', 'role', 'roles', 'password', 'status', 'data', 'id', 'subject', 'locale']),
        )
        .map(([method, path, q, h, body]): FuzzRequest => ({ method, path: `${path}${q.length ? `?${q.join('&')}` : ''}`, headers: h, body })),
    },
    {
      name: 'POST /api/graphql',
      runs: 800,
      // GraphQL answers refused operations as 200 with errors, or 400; 401/403 for what needs a user.
      allowed: [200, 400, 401, 403, 405, 413, 415],
      request: fc
        .tuple(
          headers({ origin, contentType: jsonType }),
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(graphqlQuery, fc.option(hostileJsonValue)).map(([query, variables]) => Buffer.from(JSON.stringify({ query, variables }))) },
            { weight: 1, arbitrary: fc.array(graphqlQuery.map((query) => ({ query })), { maxLength: 30 }).map((batch) => Buffer.from(JSON.stringify(batch))) },
            { weight: 2, arbitrary: maybeOversized(hostileJsonBody(['query', 'variables', 'operationName']), 1024 * 1024) },
          ),
        )
        .map(([h, body]) => post({ path: '/api/graphql', headers: h, body })),
    },
    {
      name: 'POST /api/users/login, forgot-password',
      runs: 900,
      allowed: [200, 400, 401, 403, 405, 413, 415],
      request: fc
        .tuple(
          fc.constantFrom('/api/users/login', '/api/users/forgot-password', '/api/users/logout', '/api/users/refresh-token'),
          headers({ origin, contentType: jsonType }),
          maybeOversized(hostileJsonBody(['email', 'password', 'username']), 1024 * 1024),
        )
        .map(([path, h, body]) => post({ path, headers: h, body })),
    },
  ]
}
