// The W3C Nu HTML Checker (vnu-jar) in the end-to-end tests runs on Java.
// Missing and root: install Debian's headless JRE. Missing otherwise: say the one command to run.
import { spawnSync } from 'node:child_process'

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0
if (hasJava()) process.exit(0)

if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Java is missing: installing it from Debian (apt-get install -y default-jre-headless)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env })
  if (install && install.status === 0 && hasJava()) process.exit(0)
  console.error('✖ Could not install Java with apt-get: install it (apt-get install -y default-jre-headless) and run npm test again.')
  process.exit(1)
}
console.error('✖ Java is missing (the HTML validity test runs the W3C Nu HTML Checker on it): run "sudo apt-get install -y default-jre-headless", then npm test again.')
process.exit(1)
