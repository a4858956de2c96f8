'use client'
import { useCallback, useRef, useState } from 'react'

import { type CampaignResponse, campaignRequest } from './campaign-request'

export type CampaignNotice = { kind: 'success' | 'error'; text: string }

/**
 * One request at a time for a campaign's buttons. The ref, not the `busy` state, is the guard: a double click lands
 * twice before React re-renders the disabled buttons, and "Send now" must not be posted twice (the server is
 * idempotent too, but the second answer would show a confusing 409).
 */
export const useCampaignAction = ({ id }: { id: string | number }) => {
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<CampaignNotice | undefined>()

  const run = useCallback(
    async <T>({
      action,
      method = 'POST',
      body,
      success,
    }: {
      action: string
      method?: 'GET' | 'POST'
      body?: Record<string, unknown>
      /** The message to announce on success; none for reads that only feed the next step. */
      success?: (data: T) => string
    }): Promise<CampaignResponse<T> | undefined> => {
      if (inFlight.current) return undefined
      inFlight.current = true
      setBusy(true)
      try {
        const result = await campaignRequest<T>({ id, action, method, body })
        if (!result.ok) setNotice({ kind: 'error', text: `Not done: ${result.error}` })
        else if (success) setNotice({ kind: 'success', text: success(result.data) })
        else setNotice(undefined)
        return result
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [id],
  )

  return { busy, notice, setNotice, run }
}
