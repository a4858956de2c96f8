import type { GateService } from './gate-config'

/**
 * Removes the localStorage and sessionStorage keys the given services declare (exact names or prefixes).
 * vanilla-cookieconsent's autoClear only knows cookies; without this a withdrawn processor's ids would stay behind.
 */
export const clearStoredKeys = ({ services }: { services: GateService[] }): void => {
  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    const specs = services.flatMap((s) => s.cookies.filter((c) => c.kind === kind))
    if (specs.length === 0) continue
    const store = window[kind]
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null)
    for (const key of keys) if (specs.some((c) => (c.prefix ? key.startsWith(c.name) : key === c.name))) store.removeItem(key)
  }
}
