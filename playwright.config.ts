import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defineConfig } from '@playwright/test'

// The runner picks the port and data folder once; its workers inherit them through the environment.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000))
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'myplugin-e2e-'))
const port = Number(process.env.E2E_PORT)

export const e2eAdmin = { email: 'e2e-admin@example.com', password: 'e2e-admin-password-123' }

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['./tests/support/count-reporter-playwright.ts']],
  projects: [
    { name: 'e2e', testIgnore: /data-at-rest\.spec\.ts/ },
    // After every other test, on the database they filled: the raw scan for personal data in clear (issue #14).
    { name: 'data-at-rest', testMatch: /data-at-rest\.spec\.ts/, dependencies: ['e2e'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The production server from the production build, exactly as `npm start` runs it.
    command: 'node_modules/.bin/node --import tsx server/start.ts',
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SEED_ADMIN_EMAIL: e2eAdmin.email,
      SEED_ADMIN_PASSWORD: e2eAdmin.password,
      LOG_LEVEL: 'warn',
      // Many sign-ins from one address in a few minutes are the tests, not an attack.
      RATE_LIMIT_LOGINS_PER_5_MINUTES: '200',
      // Seeding a campaign audience (hundreds of subscribers through the REST API) is the tests too.
      RATE_LIMIT_WRITES_PER_MINUTE: '5000',
    },
  },
})
