/**
 * Issue #17 through the production server: a marketer builds a form over the API (the free-text guard refuses to
 * publish it without its notice), places it on a page with the Form block, and a visitor answers in French without
 * JavaScript: the form alone and on the page, localised refusals, 303 to the thank-you message, cross-origin posts
 * refused; the free-text purge is for marketers only. A contest: its terms page, an entry in French, a second entry
 * refused in French, and the draw over HTTP (signed out 401, editor 403, before the end 409, then once, verifiable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { drawWinners } from '../../cms/forms/draw-winners'
import { textToLexical } from '../../cms/policy/text-to-lexical'
import { payloadSecretOf } from '../fuzz/mint-links'
import { createApiClient, type ApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

const admin = { email: 'admin@example.com', password: 'forms-process-password-0123' }
const payloadSecret = 'forms-process-secret-0123456789abcdefghij'
let server: ServerProcess
let api: ApiClient
let token: string
let formId: number

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: { DATA_DIR: tempDir({ prefix: 'forms-process' }), SEED_DEMO: 'true', SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password, PAYLOAD_SECRET: payloadSecret, JOBS_ENABLED: 'false', TRUST_PROXY: 'true' },
  })
  api = createApiClient({ baseUrl: server.url })
  token = await api.login(admin)
}, 180_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
})

const stamp = () => createFormStamp({ secret: payloadSecretOf({ payloadSecret }), now: new Date(Date.now() - 5_000) })
let client = 0
const post = (path: string, fields: Record<string, string>, origin = server.url) =>
  fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, 'x-forwarded-for': `203.0.113.${++client}` }, body: new URLSearchParams(fields) })

describe('a form, built by a marketer and answered by a visitor', () => {
  it('is refused publication without the notice, then published and placed on a page', async () => {
    const fields = [
      { blockType: 'email', name: 'email', label: 'E-mailadres', required: true },
      { blockType: 'textarea', name: 'question', label: 'Je vraag', required: true },
    ]
    const refused = await api.rest({ method: 'POST', path: '/api/forms?locale=nl', token, json: { title: 'Contact', purpose: 'contact', fields, freeTextNotice: '', confirmationMessage: 'Bedankt, we antwoorden binnen twee werkdagen.', _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('freeTextNotice')
    const created = await api.rest({ method: 'POST', path: '/api/forms?locale=nl&depth=0', token, json: { title: 'Contact', purpose: 'contact', fields, confirmationMessage: 'Bedankt, we antwoorden binnen twee werkdagen.', teamAddress: 'team@example.com', _status: 'published' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    formId = (created.body as { doc: { id: number } }).doc.id
    // The French labels and message.
    const form = (await api.rest({ path: `/api/forms/${formId}?locale=nl&depth=0`, token })).body as { fields: { id: string }[] }
    const fr = await api.rest({
      method: 'PATCH',
      path: `/api/forms/${formId}?locale=fr&depth=0`,
      token,
      json: { title: 'Contact', fields: [{ ...fields[0], id: form.fields[0]!.id, label: 'Adresse e-mail' }, { ...fields[1], id: form.fields[1]!.id, label: 'Votre question' }], confirmationMessage: 'Merci, nous répondons sous deux jours ouvrables.', _status: 'published' },
    })
    expect(fr.status, JSON.stringify(fr.body)).toBe(200)
    const page = await api.rest({ method: 'POST', path: '/api/pages?locale=nl&depth=0', token, json: { title: 'Stel je vraag', slug: 'stel-je-vraag', layout: [{ blockType: 'formBlock', form: formId }], _status: 'published' } })
    expect(page.status, JSON.stringify(page.body)).toBe(201)
    const html = await (await fetch(`${server.url}/nl/stel-je-vraag`)).text()
    expect(html).toContain(`action="/nl/forms/${formId}"`)
    expect(html).toContain('Deel hier nooit informatie over je cliënten of hun gezondheid.')
    expect(html).not.toContain('name="stamp"')
  }, 60_000)

  it('is answered in French: refusals named in French, then 303 to the thank-you message', async () => {
    const alone = await fetch(`${server.url}/fr/forms/${formId}`)
    expect(alone.status).toBe(200)
    const page = await alone.text()
    expect(page).toContain('Votre question')
    expect(page).toContain('Ne partagez jamais ici d’informations sur vos clients ou leur santé.')
    const invalid = await post(`/fr/forms/${formId}`, { email: 'pas-une-adresse', question: '', stamp: stamp() })
    expect(invalid.status).toBe(400)
    const body = await invalid.text()
    expect(body).toContain('Cette valeur n’est pas valide.')
    expect(body).toContain('Veuillez remplir ce champ.')
    const sent = await post(`/fr/forms/${formId}`, { email: 'visiteuse@example.com', question: 'Est-ce que cela fonctionne sur tablette ?', stamp: stamp() })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/fr/forms/${formId}?sent=1`)
    expect(await (await fetch(`${server.url}${sent.headers.get('location')}`)).text()).toContain('Merci, nous répondons sous deux jours ouvrables.')
    const answers = (await api.rest({ path: '/api/form-submissions?depth=0', token })).body as { docs: { freeText: { question: string }; locale: string }[] }
    expect(answers.docs.map((d) => d.freeText.question)).toEqual(['Est-ce que cela fonctionne sur tablette ?'])
  }, 60_000)

  it('refuses a post from another site, and says an unknown form does not exist', async () => {
    expect((await post(`/fr/forms/${formId}`, { email: 'x@example.com', question: 'Bonjour', stamp: stamp() }, 'https://evil.example')).status).toBe(403)
    const unknown = await fetch(`${server.url}/nl/forms/999999`)
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Dit formulier bestaat niet (meer).')
  })

  it('downloads the answers as CSV for a marketer (no free text), never for the public', async () => {
    expect((await fetch(`${server.url}/api/form-submissions/export.csv?form=${formId}`)).status).toBe(401)
    const res = await fetch(`${server.url}/api/form-submissions/export.csv?form=${formId}&separator=comma`, { headers: { authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const csv = await res.text()
    expect(csv).toContain('"visiteuse@example.com"')
    expect(csv).not.toContain('tablette')
    expect((await fetch(`${server.url}/api/form-submissions/export.csv?form=x%27`, { headers: { authorization: `JWT ${token}` } })).status).toBe(400)
  })

  it('purges an answer’s free text for a marketer, never for the public', async () => {
    const answers = (await api.rest({ path: '/api/form-submissions?depth=0', token })).body as { docs: { id: number }[] }
    const id = answers.docs[0]!.id
    expect((await api.rest({ method: 'POST', path: `/api/form-submissions/${id}/purge-free-text` })).status).toBe(401)
    const purged = await api.rest({ method: 'POST', path: `/api/form-submissions/${id}/purge-free-text`, token })
    expect(purged.status).toBe(200)
    const after = (await api.rest({ path: `/api/form-submissions/${id}?depth=0`, token })).body as { freeText?: unknown; purgedAt?: string }
    expect(after.freeText ?? null).toBeNull()
    expect(after.purgedAt).toBeTruthy()
  })
})

describe('a contest, through the production server', () => {
  let contestId: number
  let termsId: number
  const day = 24 * 3_600_000

  it('shows its terms (versioned) and the box to accept them, takes one entry per person, and refuses the second in French', async () => {
    const terms = await api.rest({ method: 'POST', path: '/api/contest-terms?locale=fr&depth=0', token, json: { title: 'Règlement du concours', body: textToLexical({ text: 'Article 1. Une participation par personne.' }), _status: 'published' } })
    expect(terms.status, JSON.stringify(terms.body)).toBe(201)
    termsId = (terms.body as { doc: { id: number; versionNumber: number } }).doc.id
    expect((terms.body as { doc: { versionNumber: number } }).doc.versionNumber).toBe(1)
    const fields = [{ blockType: 'email', name: 'email', label: 'Adresse e-mail', required: true }]
    const refused = await api.rest({ method: 'POST', path: '/api/forms?locale=fr&depth=0', token, json: { title: 'Gagnez un an', purpose: 'contest', fields, _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('terms, opensAt, closesAt')
    const created = await api.rest({
      method: 'POST',
      path: '/api/forms?locale=fr&depth=0',
      token,
      json: { title: 'Gagnez un an', purpose: 'contest', fields, terms: termsId, winnersCount: 1, opensAt: new Date(Date.now() - day).toISOString(), closesAt: new Date(Date.now() + day).toISOString(), _status: 'published' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    contestId = (created.body as { doc: { id: number } }).doc.id

    const page = await (await fetch(`${server.url}/fr/forms/${contestId}`)).text()
    const link = /href="(\/fr\/contest-terms\/\d+\?version=\d+)"/.exec(page)?.[1]
    expect(link, 'the terms link names the version').toBeTruthy()
    expect(page).toContain('règlement (version 1)')
    const termsPage = await fetch(`${server.url}${link}`)
    expect(termsPage.status).toBe(200)
    expect(await termsPage.text()).toContain('Article 1. Une participation par personne.')
    expect((await fetch(`${server.url}/fr/contest-terms/${termsId}?version=999999`)).status).toBe(404)

    const withoutTerms = await post(`/fr/forms/${contestId}`, { email: 'joueuse@example.com', stamp: stamp() })
    expect(withoutTerms.status).toBe(400)
    expect(await withoutTerms.text()).toContain('J’accepte le règlement (version 1): Veuillez remplir ce champ.')
    expect((await post(`/fr/forms/${contestId}`, { email: 'joueuse@example.com', terms: 'yes', stamp: stamp() })).status).toBe(303)
    const again = await post(`/fr/forms/${contestId}`, { email: 'Joueuse@example.com', terms: 'yes', stamp: stamp() })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('Vous avez déjà participé avec cette adresse')
    expect((await post(`/fr/forms/${contestId}`, { email: 'joueur@example.com', terms: 'yes', stamp: stamp() })).status).toBe(303)
  }, 60_000)

  it('is drawn once after its end, by a marketer or admin only, and the draw recomputes to the same winner', async () => {
    const draw = (authorization?: string, form: unknown = contestId) => fetch(`${server.url}/api/form-draws/draw`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url, ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ form }) })
    expect((await draw()).status).toBe(401)
    const editor = { email: 'contest-editor@example.com', password: 'Contest-Editor-Horse-42-Battery' }
    expect((await api.rest({ method: 'POST', path: '/api/users', token, json: { ...editor, roles: ['editor'] } })).status).toBe(201)
    expect((await draw(`JWT ${await api.login(editor)}`)).status).toBe(403)
    const early = await draw(`JWT ${token}`)
    expect(early.status).toBe(409)
    expect(((await early.json()) as { error: string }).error).toContain('still open')
    expect((await draw(`JWT ${token}`, { $ne: null })).status).toBe(400)

    expect((await api.rest({ method: 'PATCH', path: `/api/forms/${contestId}?locale=fr&depth=0`, token, json: { closesAt: new Date(Date.now() - 1_000).toISOString(), _status: 'published' } })).status).toBe(200)
    const drawn = await draw(`JWT ${token}`)
    expect(drawn.status).toBe(201)
    const { draw: record } = (await drawn.json()) as { draw: { id: number; entryCount: number; winnersCount: number; seed: string } }
    expect(record).toMatchObject({ entryCount: 2, winnersCount: 1 })
    expect((await draw(`JWT ${token}`)).status).toBe(409)

    const verify = await fetch(`${server.url}/api/form-draws/${record.id}/verify`, { headers: { authorization: `JWT ${token}` } })
    expect(await verify.json()).toMatchObject({ reproduced: true, entriesMatch: true })
    const stored = (await api.rest({ path: `/api/form-draws/${record.id}?depth=0`, token })).body as { entryIds: number[]; winnerIds: number[]; seed: string; drawnBy: number }
    expect(drawWinners({ seed: stored.seed, entryIds: stored.entryIds, count: 1 })).toEqual(stored.winnerIds)
    expect(stored.drawnBy).toEqual(expect.any(Number))
    // After the end, the form takes no more entries.
    expect((await post(`/fr/forms/${contestId}`, { email: 'tardif@example.com', terms: 'yes', stamp: stamp() })).status).toBe(410)
  }, 60_000)
})
