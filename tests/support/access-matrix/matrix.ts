/**
 * The access matrix: every collection and global × anonymous / editor / marketer / admin × every operation, as the
 * product means it. The access-matrix-*.test.ts files check it through all three doors (REST, GraphQL, Local API).
 *
 * "yes" means the operation answered 2xx (no GraphQL error, no throw) AND the database shows it happened; "no" means
 * 401/403 (a GraphQL error with no data, a thrown Forbidden) AND the database shows nothing changed.
 */
export const roles = ['anonymous', 'editor', 'marketer', 'admin'] as const
export type Role = (typeof roles)[number]
export type Member = Exclude<Role, 'anonymous'>

/**
 * yes: allowed · no: refused · own: only the caller's own account (others are invisible / refused) ·
 * published: only published documents (drafts are invisible, also with ?draft=true) ·
 * public: only public documents (newsletter lists: private ones are invisible)
 */
export type Cell = 'yes' | 'no' | 'own' | 'published' | 'public'
export type CollectionOp = 'create' | 'read' | 'update' | 'delete' | 'readVersions'
export type GlobalOp = 'read' | 'update'

// prettier-ignore
export const collectionMatrix: [slug: string, op: CollectionOp, anonymous: Cell, editor: Cell, marketer: Cell, admin: Cell][] = [
  // collection          operation       anonymous    editor  marketer  admin
  ['pages',              'create',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'read',         'published', 'yes',  'yes',    'yes'],
  ['pages',              'update',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'delete',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'readVersions', 'no',        'yes',  'yes',    'yes'],
  ['media',              'create',       'no',        'yes',  'yes',    'yes'],
  ['media',              'read',         'yes',       'yes',  'yes',    'yes'],
  ['media',              'update',       'no',        'yes',  'yes',    'yes'],
  ['media',              'delete',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'create',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'read',         'yes',       'yes',  'yes',    'yes'],
  ['redirects',          'update',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'delete',       'no',        'yes',  'yes',    'yes'],
  ['policy-versions',    'create',       'no',        'no',   'yes',    'yes'],
  ['policy-versions',    'read',         'published', 'yes',  'yes',    'yes'],
  ['policy-versions',    'update',       'no',        'no',   'yes',    'yes'],
  ['policy-versions',    'delete',       'no',        'no',   'no',     'yes'],
  ['users',              'create',       'no',        'no',   'no',     'yes'],
  ['users',              'read',         'no',        'own',  'own',    'yes'],
  ['users',              'update',       'no',        'own',  'own',    'yes'],
  ['users',              'delete',       'no',        'no',   'no',     'yes'],
  ['contacts',           'create',       'no',        'no',   'yes',    'yes'],
  ['contacts',           'read',         'no',        'no',   'yes',    'yes'],
  ['contacts',           'update',       'no',        'no',   'yes',    'yes'],
  ['contacts',           'delete',       'no',        'no',   'yes',    'yes'],
  ['contact-activities', 'create',       'no',        'no',   'no',     'no' ],
  ['contact-activities', 'read',         'no',        'no',   'yes',    'yes'],
  ['contact-activities', 'update',       'no',        'no',   'no',     'no' ],
  ['contact-activities', 'delete',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'create',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'read',         'no',        'no',   'yes',    'yes'],
  ['mail-messages',      'update',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'delete',       'no',        'no',   'no',     'yes'],
  ['newsletter-lists',   'create',       'no',        'no',   'yes',    'yes'],
  ['newsletter-lists',   'read',         'public',    'public', 'yes',  'yes'],
  ['newsletter-lists',   'update',       'no',        'no',   'yes',    'yes'],
  ['newsletter-lists',   'delete',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'create',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'read',         'no',        'no',   'yes',    'yes'],
  ['campaigns',          'update',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'delete',       'no',        'no',   'yes',    'yes'],
  ['campaign-sends',     'create',       'no',        'no',   'no',     'no' ],
  ['campaign-sends',     'read',         'no',        'no',   'yes',    'yes'],
  ['campaign-sends',     'update',       'no',        'no',   'no',     'no' ],
  ['campaign-sends',     'delete',       'no',        'no',   'no',     'yes'],
  ['campaign-events',    'create',       'no',        'no',   'no',     'no' ],
  ['campaign-events',    'read',         'no',        'no',   'yes',    'yes'],
  ['campaign-events',    'update',       'no',        'no',   'no',     'no' ],
  ['campaign-events',    'delete',       'no',        'no',   'no',     'yes'],
  ['suppressions',       'create',       'no',        'no',   'yes',    'yes'],
  ['suppressions',       'read',         'no',        'no',   'yes',    'yes'],
  ['suppressions',       'update',       'no',        'no',   'yes',    'yes'],
  ['suppressions',       'delete',       'no',        'no',   'yes',    'yes'],
  ['mail-webhook-receipts', 'create',    'no',        'no',   'no',     'no' ],
  ['mail-webhook-receipts', 'read',      'no',        'no',   'no',     'yes'],
  ['mail-webhook-receipts', 'update',    'no',        'no',   'no',     'no' ],
  ['mail-webhook-receipts', 'delete',    'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'create',       'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'read',         'no',        'no',   'yes',    'yes'],
  ['outbox-messages',    'update',       'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'delete',       'no',        'no',   'yes',    'yes'],
  ['policy-notices',     'create',       'no',        'no',   'no',     'no' ],
  ['policy-notices',     'read',         'no',        'no',   'yes',    'yes'],
  ['policy-notices',     'update',       'no',        'no',   'no',     'no' ],
  ['policy-notices',     'delete',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'create',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'read',         'no',        'no',   'no',     'yes'],
  ['consent-records',    'update',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'delete',       'no',        'no',   'no',     'no' ],
  ['consent-checkpoints', 'create',      'no',        'no',   'no',     'no' ],
  ['consent-checkpoints', 'read',        'no',        'no',   'no',     'yes'],
  ['consent-checkpoints', 'update',      'no',        'no',   'no',     'no' ],
  ['consent-checkpoints', 'delete',      'no',        'no',   'no',     'no' ],
  ['audit-log',          'create',       'no',        'no',   'no',     'no' ],
  ['audit-log',          'read',         'no',        'no',   'no',     'yes'],
  ['audit-log',          'update',       'no',        'no',   'no',     'no' ],
  ['audit-log',          'delete',       'no',        'no',   'no',     'no' ],
  ['webinars',           'create',       'no',        'yes',  'yes',    'yes'],
  ['webinars',           'read',         'published', 'yes',  'yes',    'yes'],
  ['webinars',           'update',       'no',        'yes',  'yes',    'yes'],
  ['webinars',           'delete',       'no',        'yes',  'yes',    'yes'],
  ['webinars',           'readVersions', 'no',        'yes',  'yes',    'yes'],
  ['webinar-registrations', 'create',    'no',        'no',   'no',     'no' ],
  ['webinar-registrations', 'read',      'no',        'no',   'yes',    'yes'],
  ['webinar-registrations', 'update',    'no',        'no',   'yes',    'yes'],
  ['webinar-registrations', 'delete',    'no',        'no',   'no',     'yes'],
  ['trials',             'create',       'no',        'no',   'no',     'no' ],
  ['trials',             'read',         'no',        'no',   'yes',    'yes'],
  ['trials',             'update',       'no',        'no',   'yes',    'yes'],
  ['trials',             'delete',       'no',        'no',   'no',     'yes'],
  // Forms: the site shows published ones; marketers build them (editors place them on pages, they do not build them).
  ['forms',              'create',       'no',        'no',   'yes',    'yes'],
  ['forms',              'read',         'published', 'yes',  'yes',    'yes'],
  ['forms',              'update',       'no',        'no',   'yes',    'yes'],
  ['forms',              'delete',       'no',        'no',   'no',     'yes'],
  ['forms',              'readVersions', 'no',        'no',   'yes',    'yes'],
  ['form-submissions',   'create',       'no',        'no',   'no',     'no' ],
  ['form-submissions',   'read',         'no',        'no',   'yes',    'yes'],
  ['form-submissions',   'update',       'no',        'no',   'yes',    'yes'],
  ['form-submissions',   'delete',       'no',        'no',   'no',     'yes'],
  ['contest-terms',      'create',       'no',        'no',   'yes',    'yes'],
  ['contest-terms',      'read',         'published', 'yes',  'yes',    'yes'],
  ['contest-terms',      'update',       'no',        'no',   'yes',    'yes'],
  ['contest-terms',      'delete',       'no',        'no',   'no',     'yes'],
  ['contest-terms',      'readVersions', 'no',        'no',   'yes',    'yes'],
  ['form-draws',         'create',       'no',        'no',   'no',     'no' ],
  ['form-draws',         'read',         'no',        'no',   'yes',    'yes'],
  ['form-draws',         'update',       'no',        'no',   'no',     'no' ],
  ['form-draws',         'delete',       'no',        'no',   'no',     'no' ],
  ['crm-syncs',          'create',       'no',        'no',   'no',     'no' ],
  ['crm-syncs',          'read',         'no',        'no',   'yes',    'yes'],
  ['crm-syncs',          'update',       'no',        'no',   'no',     'no' ],
  ['crm-syncs',          'delete',       'no',        'no',   'no',     'no' ],
  ['crm-receipts',       'create',       'no',        'no',   'no',     'no' ],
  ['crm-receipts',       'read',         'no',        'no',   'yes',    'yes'],
  ['crm-receipts',       'update',       'no',        'no',   'no',     'no' ],
  ['crm-receipts',       'delete',       'no',        'no',   'no',     'no' ],
  // Written by the audience export itself: the log of every file handed out, changed by nobody.
  ['audience-exports',   'create',       'no',        'no',   'no',     'no' ],
  ['audience-exports',   'read',         'no',        'no',   'yes',    'yes'],
  ['audience-exports',   'update',       'no',        'no',   'no',     'no' ],
  ['audience-exports',   'delete',       'no',        'no',   'no',     'no' ],
  ['retention-reports',  'create',       'no',        'no',   'no',     'no' ],
  ['retention-reports',  'read',         'no',        'no',   'no',     'yes'],
  ['retention-reports',  'update',       'no',        'no',   'no',     'no' ],
  ['retention-reports',  'delete',       'no',        'no',   'no',     'no' ],
  ['payload-jobs',       'create',       'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'read',         'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'update',       'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'delete',       'no',        'no',   'no',     'yes'],
]


// prettier-ignore
export const globalMatrix: [slug: string, op: GlobalOp, anonymous: Cell, editor: Cell, marketer: Cell, admin: Cell][] = [
  // global              operation  anonymous  editor  marketer  admin
  ['navigation',         'read',    'yes',     'yes',  'yes',    'yes'],
  ['navigation',         'update',  'no',      'yes',  'yes',    'yes'],
  ['footer',             'read',    'yes',     'yes',  'yes',    'yes'],
  ['footer',             'update',  'no',      'yes',  'yes',    'yes'],
  ['organisation',       'read',    'yes',     'yes',  'yes',    'yes'],
  ['organisation',       'update',  'no',      'no',   'no',     'yes'],
  ['seo-defaults',       'read',    'yes',     'yes',  'yes',    'yes'],
  ['seo-defaults',       'update',  'no',      'no',   'no',     'yes'],
  ['consent-settings',   'read',    'yes',     'yes',  'yes',    'yes'],
  ['consent-settings',   'update',  'no',      'no',   'no',     'yes'],
  ['newsletter-settings', 'read',   'yes',     'yes',  'yes',    'yes'],
  ['newsletter-settings', 'update', 'no',      'no',   'yes',    'yes'],
  ['render-state',       'read',    'no',      'no',   'no',     'no' ],
  ['render-state',       'update',  'no',      'no',   'no',     'no' ],
  ['retention-settings', 'read',    'no',      'no',   'no',     'yes'],
  ['retention-settings', 'update',  'no',      'no',   'no',     'yes'],
  ['trial-mail-settings', 'read',   'no',      'no',   'yes',    'yes'],
  ['trial-mail-settings', 'update', 'no',      'no',   'yes',    'yes'],
  ['form-settings',      'read',    'no',      'no',   'yes',    'yes'],
  ['form-settings',      'update',  'no',      'no',   'yes',    'yes'],
  ['crm-state',          'read',    'no',      'no',   'yes',    'yes'],
  ['crm-state',          'update',  'no',      'no',   'no',     'no' ],
]

/**
 * Document locks (payload-locked-documents): a role may lock only what it may edit, or it could freeze other
 * people's work on records it cannot even read. Each lock is taken on the collection's `target` fixture.
 */
// prettier-ignore
export const lockMatrix: [slug: string, anonymous: Cell, editor: Cell, marketer: Cell, admin: Cell][] = [
  // locked collection   anonymous  editor  marketer  admin
  ['pages',              'no',      'yes',  'yes',    'yes'],
  ['media',              'no',      'yes',  'yes',    'yes'],
  ['contacts',           'no',      'no',   'yes',    'yes'],
  ['campaigns',          'no',      'no',   'yes',    'yes'],
  ['users',              'no',      'no',   'no',     'yes'],
  ['consent-records',    'no',      'no',   'no',     'no' ],
]

/** Payload's own bookkeeping collections: not part of the product's matrix. */
export const payloadInternal = ['payload-kv', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']
