import type { FieldAccess } from 'payload'

/** A field nobody may set through the API (the operations that own it write it with overrideAccess). */
export const nobodyField: FieldAccess = () => false
