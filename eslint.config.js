// @ts-check
import fs from 'node:fs'

import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import tseslint from 'typescript-eslint'

/**
 * DESIGN.md's dependency rules, enforced: config ← emails ← integrations ← cms ← site ← server ("may be imported
 * by"). Integrations never import each other; the site reaches the CMS only through site/lib/content.ts; nothing
 * imports tests/.
 */
const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: `this layer may not import ${name}/ (DESIGN.md dependency rules)` })
const upper = {
  config: ['emails', 'integrations', 'cms', 'site', 'server', 'tests'],
  emails: ['integrations', 'cms', 'site', 'server', 'tests'],
  integrations: ['cms', 'site', 'server', 'tests'],
  cms: ['site', 'server', 'tests'],
  site: ['server', 'tests'],
  server: ['tests'],
  scripts: ['tests'],
}
const integrations = fs.readdirSync(new URL('./integrations', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

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
  ...Object.entries(upper).map(([dir, forbidden]) => ({
    files: [`${dir}/**/*.{ts,tsx,mts,js,mjs,astro}`],
    rules: restrict(forbidden.map(layer)),
  })),
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
    files: ['tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
