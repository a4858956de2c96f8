// End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here).
// Missing and root: install it from Debian. Missing otherwise: say the one command to run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (fs.existsSync(path)) process.exit(0)

if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Chromium is missing: installing it from Debian (apt-get install -y chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  if (install && install.status === 0 && fs.existsSync(path)) process.exit(0)
  console.error('✖ Could not install Chromium with apt-get: install it (apt-get install -y chromium) and run npm test again.')
  process.exit(1)
}
console.error(`✖ Chromium is missing at ${path}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`)
process.exit(1)
