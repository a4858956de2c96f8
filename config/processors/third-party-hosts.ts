import { processorRegistry } from './processor-registry'
import type { HostSpec, Processor } from './processor-types'

/** Every third-party origin the registry allows, per CSP directive: the site's CSP allows exactly these. */
export const thirdPartyHosts = ({ registry = processorRegistry }: { registry?: readonly Processor[] } = {}): HostSpec => {
  const union = (pick: (h: HostSpec) => string[]) => [...new Set(registry.flatMap((p) => (p.side === 'browser' ? pick(p.hosts) : [])))].sort()
  return { scripts: union((h) => h.scripts), connect: union((h) => h.connect), images: union((h) => h.images), frames: union((h) => h.frames) }
}
