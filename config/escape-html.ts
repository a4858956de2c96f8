const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute values into HTML: everything a person or a marketer typed goes through here. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c] as string)
