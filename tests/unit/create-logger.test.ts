import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { createLogger, scrub } from '../../config/create-logger'

const capture = () => {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { lines, logger: createLogger({ level: 'info', destination }) }
}

describe('createLogger', () => {
  it('writes one JSON object per line', () => {
    const { lines, logger } = capture()
    logger.info({ requestId: 'abc12345', path: '/nl/' }, 'request')
    const entry = JSON.parse(lines[0] ?? '{}')
    expect(entry).toMatchObject({ level: 30, msg: 'request', requestId: 'abc12345', path: '/nl/', service: 'myplugin' })
  })

  it('never writes an e-mail address, a name, a token or a secret', () => {
    const { lines, logger } = capture()
    logger.info({ email: 'jan@example.be', name: 'Jan Peeters', token: 'tok_123', secret: 's3cr3t', user: { email: 'an@example.be' } }, 'subscribed')
    logger.warn('could not mail piet.janssens@example.nl')
    logger.error({ err: new Error('duplicate key for marie@example.fr, Authorization: Bearer abc.def.ghi') }, 'failed')
    const all = lines.join('')
    for (const secret of ['jan@example.be', 'Jan Peeters', 'tok_123', 's3cr3t', 'an@example.be', 'piet.janssens', 'marie@example.fr', 'abc.def.ghi']) {
      expect(all).not.toContain(secret)
    }
    expect(all).toContain('could not mail [email]')
  })

  it('scrub removes addresses and bearer tokens from free text', () => {
    expect(scrub('to a.b+c@sub.example.com via Bearer xyz.123')).toBe('to [email] via Bearer [redacted]')
  })
})
