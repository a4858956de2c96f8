// @ts-check
import fs from 'node:fs'

import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import tseslint from 'typescript-eslint'

/**
 * The dependency rules of ARCHITECTURE.md, enforced.
 *
 * Layers: config ← emails, integrations ← cms ← site ← server ("may be imported by"). Integrations never import each
 * other or emails/; the site reaches the CMS only through site/lib/content.ts; nothing imports tests/.
 *
 * Inside cms/: shared helpers (access, admin, database, links, errors, jobs, graphql, encryption) import no domain. A domain imports another
 * only through that domain's index.ts, and only a domain below it in `domainOrder`; the wiring (payload.config.ts,
 * seed, scripts, the Next app, migrations) and site/lib/content.ts use domains through their index.ts too.
 */
const domainOrder = ['audit', 'users', 'content', 'media', 'policy', 'consent', 'mail', 'contacts', 'campaigns', 'webinars', 'trials', 'forms', 'crm', 'privacy', 'retention']
const sharedCms = ['access', 'admin', 'database', 'links', 'errors', 'jobs', 'graphql', 'encryption']
const wiring = ['cms/payload.config.ts', 'cms/seed/**', 'cms/scripts/**', 'cms/app/**', 'cms/migrations/**']

const rule = 'see the dependency rules in ARCHITECTURE.md'
const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: `this layer may not import ${name}/ (${rule})` })
const upper = {
  config: ['emails', 'integrations', 'cms', 'site', 'server', 'tests'],
  emails: ['integrations', 'cms', 'site', 'server', 'tests'],
  integrations: ['emails', 'cms', 'site', 'server', 'tests'],
  cms: ['site', 'server', 'tests'],
  site: ['server', 'tests'],
  server: ['tests'],
  scripts: ['tests'],
}
const integrations = fs.readdirSync(new URL('./integrations', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const sources = (dir) => [`${dir}/**/*.{ts,tsx,mts,js,mjs,astro}`]

// A relative import of a domain folder: `../contacts` (its index) or `../../contacts/x` (inside it).
const intoDomain = (name) => ({ regex: `^(\\.\\.?/)+(cms/)?${name}/.+`, message: `use ${name}/index.ts, not its files (${rule})` })
const anyOfDomain = (name, why) => ({ regex: `^(\\.\\./)+(cms/)?${name}(/|$)`, message: `${why} (${rule})` })

const domainRules = domainOrder.map((name, i) => ({
  files: sources(`cms/${name}`),
  rules: restrict([
    ...upper.cms.map(layer),
    ...domainOrder.slice(0, i).map(intoDomain),
    ...domainOrder.slice(i + 1).map((higher) => anyOfDomain(higher, `${name} sits below ${higher}: it may not import it`)),
  ]),
}))
const sharedRules = sharedCms.map((name) => ({
  files: sources(`cms/${name}`),
  rules: restrict([...upper.cms.map(layer), ...domainOrder.map((d) => anyOfDomain(d, 'shared CMS helpers import no domain'))]),
}))

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cms/.next/',
      '.astro/',
      'data/',
      'test-results/',
      'playwright-report/',
      'cms/app/(payload)/admin/importMap.js',
      'cms/migrations/**',
      'cms/payload-types.ts',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  ...Object.entries(upper).map(([dir, forbidden]) => ({ files: sources(dir), rules: restrict(forbidden.map(layer)) })),
  {
    files: wiring,
    rules: restrict([...upper.cms.map(layer), ...domainOrder.map(intoDomain)]),
  },
  ...domainRules,
  ...sharedRules,
  // Each integration stands alone: importing another integration's folder is refused.
  ...integrations.map((name) => ({
    files: [`integrations/${name}/**/*.ts`],
    rules: restrict([
      ...upper.integrations.map(layer),
      ...integrations.filter((other) => other !== name).map((other) => ({ regex: `(^|/)${other}(/|$)`, message: 'integrations never import each other' })),
    ]),
  })),
  {
    // Contacts are the bottom of the people domains: campaigns react to them through hooks wired in
    // cms/payload.config.ts, never the other way round (a contact must not need campaigns to exist).
    files: ['cms/contacts/**/*.{ts,tsx}'],
    rules: restrict([...upper.cms.map(layer), { regex: '(^|/)campaigns(/|$)', message: 'contacts never import campaigns (they react through hooks wired in payload.config.ts)' }]),
  },
  {
    // The site's one door into the CMS is site/lib/content.ts.
    files: ['site/**/*.{ts,astro}'],
    ignores: ['site/lib/content.ts'],
    rules: restrict([
      ...upper.site.map(layer),
      layer('cms'),
      { regex: '^(@payload-config|payload|@payloadcms/.*)$', message: 'read the CMS through site/lib/content.ts' },
    ]),
  },
  {
    files: ['site/lib/content.ts'],
    rules: restrict([...upper.site.map(layer), ...domainOrder.map(intoDomain)]),
  },
  {
    files: sources('server'),
    rules: restrict([...upper.server.map(layer), ...domainOrder.map(intoDomain)]),
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
