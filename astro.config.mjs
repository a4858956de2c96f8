// @ts-check
import { fileURLToPath } from 'node:url'

import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { thirdPartyHosts } from './config/processors/third-party-hosts.ts'

// Third-party origins come from the processor registry only: a host that is not declared there is blocked.
const hosts = thirdPartyHosts()
const list = (values) => values.join(' ')

/**
 * Astro renders the public site (srcDir site/). It runs as middleware inside server/ (one process, one port), so
 * `mode: 'middleware'`. The Content-Security-Policy is hash-based (Astro hashes every script and style it emits):
 * pages are cached whole, so no per-response nonce may live in their HTML.
 */
export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  publicDir: './site/public',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  build: { inlineStylesheets: 'never' },
  security: {
    checkOrigin: true,
    csp: {
      algorithm: 'SHA-256',
      // Astro sends this as the response header; it must carry the framing rules too (a <meta> could not).
      scriptDirective: { resources: ["'self'", ...hosts.scripts] },
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${list(hosts.images)}`.trim(),
        `connect-src 'self' ${list(hosts.connect)}`.trim(),
        `frame-src 'self' ${list(hosts.frames)}`.trim(),
        "font-src 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  vite: {
    resolve: {
      alias: { '@payload-config': fileURLToPath(new URL('./cms/payload.config.ts', import.meta.url)) },
    },
  },
})
