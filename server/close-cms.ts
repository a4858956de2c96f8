import type { Payload } from 'payload'

/** Payload's destroy() resets the adapter but leaves the SQLite client open; close it too so the file is released. */
export const closeCms = async ({ payload }: { payload: Payload }): Promise<void> => {
  const client = (payload.db as unknown as { client?: { close?: () => void } }).client
  await payload.destroy()
  client?.close?.()
}
