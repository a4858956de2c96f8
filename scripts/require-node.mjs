// Fails at once, in one line, when a script runs on a Node older than the project needs.
// Plain JS on purpose: it must parse on any Node that might run it.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `myPlugin needs Node >= 22.12 but this is Node ${process.versions.node}: run "npm ci" (it installs Node 24 from the npm registry into node_modules/.bin) and start scripts with "npm run …", or install Node 24.`,
  )
  process.exit(1)
}
