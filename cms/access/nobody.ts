import type { Access } from 'payload'

/** Written only by the system (jobs, webhooks) with overrideAccess: no role may do this through the API. */
export const nobody: Access = () => false
