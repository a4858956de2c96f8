import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pino from 'pino'

/**
 * A real Payload in this process on a fresh SQLite file, mail pointed at a Resend stand-in, as the benches need it.
 * `close` shuts it down and removes its data folder. Used in checkouts of earlier commits too (compare-throughput.ts
 * copies it there), so it reaches the CMS only through server/boot-cms and server/close-cms.
 */
export const bootBenchCms = async ({ prefix, resend, maxRequestsPerSecond }: { prefix: string; resend: { url: string; apiKey: string }; maxRequestsPerSecond: number }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `myplugin-bench-${prefix}-`))
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    RESEND_MAX_REQUESTS_PER_SECOND: String(maxRequestsPerSecond),
    MAIL_FROM: 'myPlugin <hello@myplugin.test>',
    PUBLIC_URL: 'https://www.myplugin.test',
  })
  delete process.env.DATABASE_URL
  const { bootCms } = await import('../../server/boot-cms')
  const { closeCms } = await import('../../server/close-cms')
  const { payload } = await bootCms({ logger: pino({ level: 'silent' }), announce: () => undefined })
  return {
    payload,
    close: async () => {
      await closeCms({ payload })
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
