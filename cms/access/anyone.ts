import type { Access } from 'payload'

/** Public content only (published pages' media, redirects): never a collection holding personal data. */
export const anyone: Access = () => true
