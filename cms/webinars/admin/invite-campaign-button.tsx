'use client'
import { Banner, Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useRef, useState } from 'react'

import { webinarRequest } from './webinar-request'

/**
 * "Invite a list": creates a draft campaign announcing this webinar and opens it, to choose the lists, review and
 * send with the campaign's own buttons. The ref guards a double click (two drafts), which `busy` alone cannot.
 */
export const InviteCampaignButton = ({ id }: { id: string | number }): React.ReactElement => {
  const router = useRouter()
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | undefined>()

  const create = async () => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    const result = await webinarRequest<{ id: string | number; adminUrl: string }>({ id, action: 'invitation-campaign' })
    inFlight.current = false
    setBusy(false)
    if (!result.ok) return setProblem(result.error)
    router.push(result.data.adminUrl)
  }

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <p style={{ margin: 0, fontSize: 13 }}>
        A draft campaign in the webinar&apos;s language with its title, time and a button to its page, for the newsletter lists. Nothing is sent until you send
        the campaign.
      </p>
      <div>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void create()}>
          {busy ? 'Creating…' : 'Create invitation campaign'}
        </Button>
      </div>
      <div role="alert">{problem ? <Banner type="error">Not created: {problem}</Banner> : null}</div>
    </div>
  )
}
