import { describe, expect, it } from 'vitest'

import { describeError, DomainError, errorResponse, errorTable, type ErrorCode } from '../../cms/errors'
import { locales } from '../../config/locales'

const sample = { language: 'fr', missing: 'subject', status: 'sent', reason: 'subject: too long', min: 12, max: 2 }

describe('the error table', () => {
  it('gives every code a status and a message in every language, with the values it names filled in', () => {
    for (const code of Object.keys(errorTable) as ErrorCode[]) {
      expect(code).toMatch(/^[a-z]+\.[a-z-]+$/)
      const messages = locales.map((locale) => describeError({ code, params: sample, locale }))
      for (const { status, message } of messages) {
        expect([400, 401, 403, 404, 409, 410, 413, 415, 422, 429, 500, 503]).toContain(status)
        expect(message.length, `${code}`).toBeGreaterThan(5)
        expect(message, `${code}`).not.toMatch(/undefined|\$\{/)
      }
      // Three languages, three texts (a copy-pasted English line in the Dutch slot would show here).
      expect(new Set(messages.map((m) => m.message)).size, code).toBe(3)
    }
  })

  it('names the language and what is missing in the reader’s language', () => {
    const error = new DomainError({ code: 'campaign.empty-language', params: { language: 'fr', missing: 'content' } })
    expect(error.message).toBe('The French version is empty: it has no content. Write it, or untick French under Languages.')
    expect(describeError({ code: error.code, params: error.params, locale: 'nl' }).message).toMatch(/^De Franse versie is leeg: ze heeft geen inhoud/)
  })

  it('answers a refusal with its status, code and localised message, and anything else as a 500 that is logged', async () => {
    const refused = errorResponse({ error: new DomainError({ code: 'consent.stale-revision' }), locale: 'fr' })
    expect(refused.status).toBe(409)
    expect(await refused.json()).toEqual({ code: 'consent.stale-revision', error: 'Ce choix a été fait pour une ancienne version du bandeau cookies.' })
    expect(refused.headers.get('cache-control')).toBe('no-store')

    const logged: object[] = []
    const crashed = errorResponse({ error: new Error('disk full at /var/x'), logger: { error: (obj) => logged.push(obj) }, context: { campaign: '7' } })
    expect(crashed.status).toBe(500)
    const body = (await crashed.json()) as { error: string; code: string }
    expect(body).toEqual({ code: 'internal.unexpected', error: 'Something went wrong; nothing was changed. Try again.' })
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ campaign: '7' })
  })
})
