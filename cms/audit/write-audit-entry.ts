import type { PayloadRequest } from 'payload'

export type AuditAction = 'create' | 'update' | 'publish' | 'unpublish' | 'delete' | 'role-change' | 'restore' | 'withdraw'

/** Appends one audit entry inside the request's transaction, so an undone change leaves no entry either. */
export const writeAuditEntry = async ({
  req,
  action,
  entity,
  entityId,
  summary,
  changes,
}: {
  req: PayloadRequest
  action: AuditAction
  entity: string
  entityId?: string | number
  summary?: string
  changes?: string[]
}): Promise<void> => {
  const user = req.user?.collection === 'users' ? req.user.id : undefined
  await req.payload.create({
    collection: 'audit-log',
    data: { action, entity, entityId: entityId === undefined ? undefined : String(entityId), summary: summary?.slice(0, 200), user, changes },
    req,
    overrideAccess: true,
  })
}
