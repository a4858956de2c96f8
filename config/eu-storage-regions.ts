/**
 * Storage regions inside the European Union, by provider. Production keeps media here (EU residency, issue #14);
 * anything else needs ALLOW_NON_EU_STORAGE=true. A list rather than a pattern: "eu-west-2" is London and
 * "eu-central-2" Zurich, both named eu-* and neither in the EU; OVH's "uk" and "bhs" (Canada) are not either.
 */
export const euStorageRegions = {
  aws: ['eu-central-1', 'eu-west-1', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1'],
  scaleway: ['fr-par', 'nl-ams', 'pl-waw'],
  hetzner: ['fsn1', 'nbg1', 'hel1'],
  ovh: ['gra', 'sbg', 'rbx', 'de', 'waw', 'eu-west-par'],
} as const

const all = new Set<string>(Object.values(euStorageRegions).flat())

export const isEuStorageRegion = ({ region }: { region: string }): boolean => all.has(region.trim().toLowerCase())
