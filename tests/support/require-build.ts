import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from './root-dir'

/** Process-level tests run the production build; `npm test` builds it first. */
export const requireBuild = (): void => {
  for (const file of ['dist/server/entry.mjs', 'cms/.next/BUILD_ID']) {
    if (!fs.existsSync(path.join(rootDir, file))) throw new Error(`${file} is missing: run "npm run build" first (npm test does).`)
  }
}
