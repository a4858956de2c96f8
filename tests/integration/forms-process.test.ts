/**
 * Issue #17 through the production server: a marketer builds a form over the API (the free-text guard refuses to
 * publish it without its notice), places it on a page with the Form block, and a visitor answers in French without
 * JavaScript: the form alone and on the page, localised refusals, 303 to the thank-you message, cross-origin posts
 * refused; the free-text purge is for marketers only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
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
