import {
  currentPolicyVersionId,
  findPolicyVersion,
  listPolicyVersions,
  type Locale,
  type PolicyKind,
  type PolicyVersionSummary,
  type PolicyVersionView,
} from './content'
import { policyDiff, type DiffPart } from './policy-diff'

export type PolicyCompare = {
  from: PolicyVersionView
  to: PolicyVersionView
  /** The language the two texts were compared in (Dutch unless both versions exist in the visitor's). */
  textLocale: Locale
  parts: DiffPart[]
}

/** What a URL under `/{lang}/privacy` or `/{lang}/cookies` shows, or why it shows nothing. */
export type PolicyRoute =
  | { view: 'not-found' }
  | { view: 'bad-request'; versions: PolicyVersionSummary[] }
  | { view: 'version'; version: PolicyVersionView; versions: PolicyVersionSummary[]; currentId?: string; isCurrentUrl: boolean }
  | { view: 'archive'; versions: PolicyVersionSummary[]; currentId?: string }
  | { view: 'compare'; versions: PolicyVersionSummary[]; currentId?: string; compare?: PolicyCompare }

const idPattern = /^[1-9]\d{0,15}$/

/**
 * Resolves `rest` (the path after the policy's base): '' → the version in force, 'archive', 'compare' (with ?from=&to=)
 * or a version id. Only published versions of this kind exist for the site.
 */
export const resolvePolicyRoute = async ({
  kind,
  locale,
  rest,
  searchParams,
}: {
  kind: PolicyKind
  locale: Locale
  rest: string | undefined
  searchParams: URLSearchParams
}): Promise<PolicyRoute> => {
  const segment = (rest ?? '').replace(/\/+$/, '')
  if (segment === '') {
    const currentId = await currentPolicyVersionId({ kind })
    if (!currentId) return { view: 'not-found' }
    const [version, versions] = await Promise.all([findPolicyVersion({ kind, id: currentId, locale }), listPolicyVersions({ kind, locale })])
    return version ? { view: 'version', version, versions, currentId, isCurrentUrl: true } : { view: 'not-found' }
  }
  if (segment === 'archive') {
    const [versions, currentId] = await Promise.all([listPolicyVersions({ kind, locale }), currentPolicyVersionId({ kind })])
    return versions.length ? { view: 'archive', versions, currentId } : { view: 'not-found' }
  }
  if (segment === 'compare') {
    const [versions, currentId] = await Promise.all([listPolicyVersions({ kind, locale }), currentPolicyVersionId({ kind })])
    if (!versions.length) return { view: 'not-found' }
    const fromParam = searchParams.getAll('from')
    const toParam = searchParams.getAll('to')
    // No choice yet: the form, preset to the two newest versions, with their differences.
    if (fromParam.length === 0 && toParam.length === 0) {
      if (versions.length < 2) return { view: 'compare', versions, currentId }
      return compareOf({ kind, locale, versions, currentId, fromId: (versions[1] as PolicyVersionSummary).id, toId: (versions[0] as PolicyVersionSummary).id })
    }
    const [fromId, toId] = [fromParam[0], toParam[0]]
    if (fromParam.length !== 1 || toParam.length !== 1 || !fromId || !toId || !idPattern.test(fromId) || !idPattern.test(toId)) {
      return { view: 'bad-request', versions }
    }
    return compareOf({ kind, locale, versions, currentId, fromId, toId })
  }
  if (!idPattern.test(segment)) return { view: 'not-found' }
  const [version, versions, currentId] = await Promise.all([findPolicyVersion({ kind, id: segment, locale }), listPolicyVersions({ kind, locale }), currentPolicyVersionId({ kind })])
  return version ? { view: 'version', version, versions, currentId, isCurrentUrl: false } : { view: 'not-found' }
}

const compareOf = async ({
  kind,
  locale,
  versions,
  currentId,
  fromId,
  toId,
}: {
  kind: PolicyKind
  locale: Locale
  versions: PolicyVersionSummary[]
  currentId?: string
  fromId: string
  toId: string
}): Promise<PolicyRoute> => {
  const [fromLocal, toLocal] = await Promise.all([findPolicyVersion({ kind, id: fromId, locale }), findPolicyVersion({ kind, id: toId, locale })])
  if (!fromLocal || !toLocal) return { view: 'not-found' }
  // Compare like with like: both in the visitor's language, or both in Dutch (which prevails).
  const sameLanguage = fromLocal.textLocale === toLocal.textLocale
  const [from, to] = sameLanguage
    ? [fromLocal, toLocal]
    : await Promise.all([findPolicyVersion({ kind, id: fromId, locale: 'nl' }), findPolicyVersion({ kind, id: toId, locale: 'nl' })])
  if (!from || !to) return { view: 'not-found' }
  return { view: 'compare', versions, currentId, compare: { from, to, textLocale: from.textLocale, parts: policyDiff({ from: from.text, to: to.text }) } }
}
