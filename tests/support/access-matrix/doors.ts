import { ctx, fixtures, local, members, tokens, uploadFile, type Doc, type DocumentId, type Marker, type Result } from './context'
import type { Role } from './matrix'
import { globalSpecs, specs } from './specs'

/** The three doors, each answering in one shape. */
export const doorNames = ['REST', 'GraphQL', 'Local API'] as const
export type DoorName = (typeof doorNames)[number]

export type Door = {
  name: DoorName
  create: (slug: string, role: Role, m: Marker) => Promise<Result>
  findByID: (slug: string, role: Role, id: DocumentId, opts?: { draft?: boolean }) => Promise<Result>
  find: (slug: string, role: Role) => Promise<Result>
  findVersions: (slug: string, role: Role) => Promise<Result>
  update: (slug: string, role: Role, id: DocumentId, data: Record<string, unknown>) => Promise<Result>
  delete: (slug: string, role: Role, id: DocumentId) => Promise<Result>
  readGlobal: (slug: string, role: Role) => Promise<Result>
  updateGlobal: (slug: string, role: Role, m: Marker) => Promise<Result>
  /** Creates a document lock (payload-locked-documents) on a document of `slug`. */
  lock: (slug: string, role: Role, id: DocumentId) => Promise<Result>
}

/** What a lock names: the document, and (as a caller may claim anyone) the admin as its holder. */
const lockData = (slug: string, id: DocumentId) => ({ document: { relationTo: slug, value: id }, user: { relationTo: 'users', value: members.admin.id } })

const kindOfStatus = (status: number | undefined): Result['kind'] =>
  status === 401 || status === 403 ? 'refused' : status === 404 ? 'not-found' : 'error'

const restDoor = (): Door => {
  const call = async (role: Role, args: { method?: string; path: string; json?: unknown; form?: FormData }, pick: (body: Record<string, unknown>) => unknown) => {
    const { status, body } = await ctx.api.rest({ ...args, token: tokens[role] })
    const detail = `${args.method ?? 'GET'} ${args.path} → ${status} ${JSON.stringify(body).slice(0, 300)}`
    if (status < 200 || status > 299) return { kind: kindOfStatus(status), detail } satisfies Result
    const picked = pick((body ?? {}) as Record<string, unknown>) as Doc | { docs: Doc[] }
    return { kind: 'ok', detail, doc: picked as Doc, docs: (picked as { docs?: Doc[] }).docs } satisfies Result
  }
  return {
    name: 'REST',
    create: (slug, role, m) => {
      const data = specs[slug].data(m)
      if (slug !== 'media') return call(role, { method: 'POST', path: `/api/${slug}?depth=0`, json: data }, (b) => b.doc)
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(ctx.png)], { type: 'image/png' }), `${m.text}.png`)
      form.append('_payload', JSON.stringify(data))
      return call(role, { method: 'POST', path: `/api/media?depth=0`, form }, (b) => b.doc)
    },
    findByID: (slug, role, id, opts) => call(role, { path: `/api/${slug}/${id}?depth=0${opts?.draft ? '&draft=true' : ''}` }, (b) => b),
    find: (slug, role) => call(role, { path: `/api/${slug}?depth=0&limit=1000` }, (b) => b),
    findVersions: (slug, role) => call(role, { path: `/api/${slug}/versions?depth=0&limit=5` }, (b) => b),
    update: (slug, role, id, data) => call(role, { method: 'PATCH', path: `/api/${slug}/${id}?depth=0`, json: data }, (b) => b.doc),
    delete: (slug, role, id) => call(role, { method: 'DELETE', path: `/api/${slug}/${id}?depth=0` }, (b) => b.doc),
    readGlobal: (slug, role) => call(role, { path: `/api/globals/${slug}?depth=0` }, (b) => b),
    updateGlobal: (slug, role, m) => call(role, { method: 'POST', path: `/api/globals/${slug}?depth=0`, json: globalSpecs[slug].change(m) }, (b) => b.result),
    lock: (slug, role, id) => call(role, { method: 'POST', path: '/api/payload-locked-documents?depth=0', json: lockData(slug, id) }, (b) => b.doc),
  }
}

/** A query or mutation the schema really has, and the type of one of its arguments (read from the schema itself). */
export const gqlField = (kind: 'query' | 'mutation', name: string) => {
  const type = kind === 'query' ? ctx.schema.getQueryType() : ctx.schema.getMutationType()
  const field = type?.getFields()[name]
  if (!field) throw new Error(`the GraphQL schema has no ${kind} "${name}"`)
  return field
}
const gqlArg = (kind: 'query' | 'mutation', name: string, arg: string) => {
  const found = gqlField(kind, name).args.find((a) => a.name === arg)
  if (!found) throw new Error(`GraphQL ${kind} "${name}" has no argument "${arg}"`)
  return found.type
}
const gqlArgType = (kind: 'query' | 'mutation', name: string, arg: string) => String(gqlArg(kind, name, arg))

/**
 * Keeps what an input type accepts: a global's update input marks every required field non-null, so send them all.
 * (Duck-typed: @payloadcms/graphql's graphql module instance is not the one this file would import.)
 */
type InputTypeLike = { ofType?: InputTypeLike; getFields?: () => Record<string, { type: InputTypeLike }> }
const toInput = (type: InputTypeLike, value: unknown): unknown => {
  const t = String(type).endsWith('!') && type.ofType ? type.ofType : type
  if (value === null || value === undefined) return value
  if (String(t).startsWith('[') && t.ofType) return Array.isArray(value) ? value.map((v) => toInput(t.ofType as InputTypeLike, v)) : value
  if (!t.getFields) return value
  const fields = t.getFields()
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k in fields && k !== 'updatedAt' && k !== 'createdAt')
      .map(([k, v]) => [k, toInput(fields[k].type, v)]),
  )
}

const graphqlDoor = (): Door => {
  const run = async (role: Role, query: string, variables?: Record<string, unknown>): Promise<Result> => {
    const answer = await ctx.api.graphql({ query, variables, token: tokens[role] })
    const r = (answer.data?.r ?? null) as (Doc & { docs?: Doc[] }) | null
    const first = answer.errors[0]
    const detail = `${query.replace(/\s+/g, ' ').slice(0, 160)} → ${JSON.stringify({ data: answer.data, errors: answer.errors }).slice(0, 300)}`
    if (!first && r !== null) return { kind: 'ok', detail, doc: r, docs: r.docs }
    if (first && r === null) return { kind: kindOfStatus(first.extensions?.statusCode), detail }
    return { kind: 'error', detail }
  }
  const mutate = (role: Role, name: string, args: { id?: DocumentId; data?: Record<string, unknown> }, fields = 'id') => {
    const decl = [args.id === undefined ? '' : `$id: ${gqlArgType('mutation', name, 'id')}`, args.data === undefined ? '' : `$data: ${gqlArgType('mutation', name, 'data')}`].filter(Boolean)
    const pass = [args.id === undefined ? '' : 'id: $id', args.data === undefined ? '' : 'data: $data'].filter(Boolean)
    return run(role, `mutation${decl.length ? `(${decl.join(', ')})` : ''} { r: ${name}(${pass.join(', ')}) { ${fields} } }`, args)
  }
  const dataFor = (slug: string, m: Marker) => (specs[slug].gqlData ?? ((d) => d))(specs[slug].data(m))
  return {
    name: 'GraphQL',
    create: async (slug, role, m) => {
      const { one } = specs[slug].gql
      if (slug !== 'media') return mutate(role, `create${one}`, { data: dataFor(slug, m) })
      // GraphQL carries no file: createMedia can only show whether access lets the caller through (refused, or
      // "no file"); duplicateMedia (create access, file copied server-side) is the GraphQL create that really happens.
      const plain = await mutate(role, 'createMedia', { data: dataFor(slug, m) })
      const copy = await mutate(role, 'duplicateMedia', { id: fixtures.media.shown, data: dataFor(slug, m) })
      if (plain.kind === 'refused' && copy.kind === 'refused') return copy
      if (plain.kind === 'error' && /file/i.test(plain.detail)) return copy
      return { kind: 'error', detail: `createMedia and duplicateMedia disagree: ${plain.kind} ${plain.detail} / ${copy.kind} ${copy.detail}` }
    },
    findByID: (slug, role, id, opts) => {
      const { one, fields = 'id' } = specs[slug].gql
      return run(role, `query($id: ${gqlArgType('query', one, 'id')}) { r: ${one}(id: $id${opts?.draft ? ', draft: true' : ''}) { ${fields} } }`, { id })
    },
    find: (slug, role) => run(role, `{ r: ${gqlField('query', specs[slug].gql.many).name}(limit: 1000) { docs { id } } }`),
    findVersions: (slug, role) => run(role, `{ r: ${gqlField('query', `versions${specs[slug].gql.many}`).name}(limit: 5) { docs { id } } }`),
    update: (slug, role, id, data) => mutate(role, `update${specs[slug].gql.one}`, { id, data: (specs[slug].gqlData ?? ((d) => d))(data) }),
    delete: (slug, role, id) => mutate(role, `delete${specs[slug].gql.one}`, { id }),
    readGlobal: (slug, role) => run(role, `{ r: ${gqlField('query', globalSpecs[slug].gql).name} { updatedAt } }`),
    updateGlobal: async (slug, role, m) => {
      const spec = globalSpecs[slug]
      const current = await local().findGlobal({ slug, depth: 0, overrideAccess: true })
      const data = toInput(gqlArg('mutation', `update${spec.gql}`, 'data') as unknown as InputTypeLike, { ...current, ...spec.change(m) }) as Record<string, unknown>
      return mutate(role, `update${spec.gql}`, { data }, 'updatedAt')
    },
    // GraphQL names the collection by its enum value (`consent_records`).
    lock: (slug, role, id) => mutate(role, 'createPayloadLockedDocument', { data: { ...lockData(slug, id), document: { relationTo: slug.replaceAll('-', '_'), value: id } } }),
  }
}

const localDoor = (): Door => {
  const as = (role: Role) => (role === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: members[role] })
  const attempt = async (what: string, fn: () => Promise<unknown>): Promise<Result> => {
    try {
      const value = (await fn()) as Doc & { docs?: Doc[] }
      return { kind: 'ok', detail: `${what} → returned`, doc: value, docs: value.docs }
    } catch (error) {
      const e = error as { status?: number; name?: string; message?: string }
      return { kind: kindOfStatus(e.status), detail: `${what} → threw ${e.status ?? ''} ${e.name ?? ''}: ${e.message ?? String(error)}` }
    }
  }
  return {
    name: 'Local API',
    create: (slug, role, m) =>
      attempt(`create ${slug}`, () => local().create({ collection: slug, data: specs[slug].data(m), depth: 0, ...(slug === 'media' ? { file: uploadFile(m.text) } : {}), ...as(role) })),
    findByID: (slug, role, id, opts) => attempt(`findByID ${slug} ${id}`, () => local().findByID({ collection: slug, id, depth: 0, draft: opts?.draft, ...as(role) })),
    find: (slug, role) => attempt(`find ${slug}`, () => local().find({ collection: slug, depth: 0, limit: 1000, ...as(role) })),
    findVersions: (slug, role) => attempt(`findVersions ${slug}`, () => local().findVersions({ collection: slug, depth: 0, limit: 5, ...as(role) })),
    update: (slug, role, id, data) => attempt(`update ${slug} ${id}`, () => local().update({ collection: slug, id, data, depth: 0, ...as(role) })),
    delete: (slug, role, id) => attempt(`delete ${slug} ${id}`, () => local().delete({ collection: slug, id, depth: 0, ...as(role) })),
    readGlobal: (slug, role) => attempt(`findGlobal ${slug}`, () => local().findGlobal({ slug, depth: 0, ...as(role) }) as Promise<Doc>),
    updateGlobal: (slug, role, m) => attempt(`updateGlobal ${slug}`, () => local().updateGlobal({ slug, data: globalSpecs[slug].change(m), depth: 0, ...as(role) }) as Promise<Doc>),
    lock: (slug, role, id) => attempt(`lock ${slug} ${id}`, () => local().create({ collection: 'payload-locked-documents', data: lockData(slug, id), depth: 0, ...as(role) })),
  }
}

export const makeDoor = (name: DoorName): Door => ({ REST: restDoor, GraphQL: graphqlDoor, 'Local API': localDoor })[name]()
