// Builds the production bundles: Astro (dist/) and Next's admin (cms/.next/).
// `--if-missing` skips the build when both exist and were built from the same sources (a stamp of their hash),
// so `npm start` on a fresh clone builds once and later starts are instant.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = path.join(root, 'dist', '.build-stamp')
const inputs = ['site', 'cms', 'config', 'emails', 'integrations', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']
const skip = new Set(['.next', 'node_modules', 'next-env.d.ts'])

const hashSources = () => {
  const hash = createHash('sha256')
  const visit = (p) => {
    const full = path.join(root, p)
    if (!fs.existsSync(full)) return
    const stat = fs.statSync(full)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) if (!skip.has(name)) visit(path.join(p, name))
    } else {
      hash.update(p).update('\0').update(fs.readFileSync(full)).update('\0')
    }
  }
  inputs.forEach(visit)
  return hash.digest('hex')
}

const run = (label, cmd, args) => {
  const started = Date.now()
  process.stdout.write(`▶ ${label}\n`)
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`)
    process.exit(1)
  }
  process.stdout.write(`✔ ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

const ifMissing = process.argv.includes('--if-missing')
const digest = hashSources()
const built =
  fs.existsSync(path.join(root, 'dist/server/entry.mjs')) &&
  fs.existsSync(path.join(root, 'cms/.next/BUILD_ID')) &&
  fs.existsSync(stampFile) &&
  fs.readFileSync(stampFile, 'utf8') === digest
if (ifMissing && built) process.exit(0)

const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const started = Date.now()
run('astro build', bin('astro'), ['build'])
run('next build (admin)', bin('next'), ['build', 'cms'])
fs.writeFileSync(stampFile, digest)
process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
