import { e2eAdmin } from '../../playwright.config'
import { scanDataFolder } from '../support/scan-data-folder'
import { expect, test } from './fixtures'
import { signIn } from './site-cms'

type Page<T> = { docs: T[]; hasNextPage: boolean }

/**
 * Runs last (its Playwright project depends on all the others), on the database the whole end-to-end run filled
 * through the browser and the API: every person any test created is looked for in the raw bytes of the data folder
 * (SQLite file and write-ahead log, read while the server runs). Staff accounts stay in clear by design (Payload
 * signs them in by address) and are the positive control. So do the team mailboxes forms notify (a form's
 * `teamAddress`): the company's own mailboxes, set by marketers, like staff accounts and never a visitor's.
 */
test('after the whole run, the data folder holds no address or name of any person in clear', async ({ request }) => {
  const dataDir = process.env.E2E_DATA_DIR
  expect(dataDir, 'E2E_DATA_DIR is set by playwright.config.ts').toBeTruthy()
  const headers = { Authorization: `JWT ${await signIn({ request })}` }
  const all = async <T>(collection: string, select: string): Promise<T[]> => {
    const docs: T[] = []
    for (let page = 1; ; page++) {
      const res = await request.get(`/api/${collection}?depth=0&limit=200&page=${page}&${select}`, { headers })
      expect(res.status(), `${collection}: ${await res.text()}`).toBe(200)
      const body = (await res.json()) as Page<T>
      docs.push(...body.docs)
      if (!body.hasNextPage) return docs
    }
  }
  const contacts = await all<{ email: string; name?: string | null }>('contacts', 'select[email]=true&select[name]=true')
  const mails = await all<{ to: string }>('mail-messages', 'select[to]=true')
  const outbox = await all<{ to: string }>('outbox-messages', 'select[to]=true')
  const users = await all<{ email: string }>('users', 'select[email]=true')
  const forms = await all<{ teamAddress?: string | null }>('forms', 'draft=true&select[teamAddress]=true')
  // The run put people in each of these (sign-ups, campaigns, the local outbox).
  expect(contacts.length).toBeGreaterThan(0)
  expect(mails.length).toBeGreaterThan(0)
  expect(outbox.length).toBeGreaterThan(0)

  const staff = [...users.map((u) => u.email), ...forms.map((f) => f.teamAddress ?? '').filter(Boolean)]
  const addresses = [...new Set([...contacts.map((c) => c.email), ...mails.map((m) => m.to), ...outbox.map((m) => m.to)])].filter((a) => !staff.includes(a))
  // Full names only: a first name alone is a common word, and shows up by chance in base64 ciphertext.
  const names = [...new Set(contacts.map((c) => c.name?.trim() ?? '').filter((n) => n.includes(' ') && n.length >= 8))]
  const scan = scanDataFolder({ dataDir: dataDir!, needles: [...addresses, ...names, e2eAdmin.email], domain: 'example.', allowed: staff })
  expect(scan.files.map((f) => f.file)).toEqual(expect.arrayContaining(['myplugin.db']))
  // The positive control: the staff address is there in clear, so the scan reads what the disk holds.
  expect(scan.found.get(e2eAdmin.email)).toBeDefined()
  expect([...scan.found.keys()].filter((needle) => needle !== e2eAdmin.email)).toEqual([])
  expect(scan.strays).toEqual([])
})
