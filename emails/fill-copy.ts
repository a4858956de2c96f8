/** Replaces {name} placeholders in a translated string. Values are plain text: the layout escapes them later. */
export const fillCopy = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

/** The placeholders a translated string uses, so every language can be checked to use the same ones. */
export const copyPlaceholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort()
