'use client'
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import type React from 'react'
import { useState } from 'react'

import { formatCount } from './format-count'

/**
 * "Send now", confirmed in a dialog that names how many people it reaches at this moment (lists, languages,
 * unsubscribes and suppressions applied by the server), so a wrong list is noticed before anything leaves.
 */
export const SendNowButton = ({
  id,
  busy,
  disabled,
  countRecipients,
  onSend,
}: {
  id: string | number
  busy: boolean
  disabled: boolean
  countRecipients: () => Promise<number | undefined>
  onSend: () => Promise<void>
}): React.ReactElement => {
  const { openModal } = useModal()
  const [count, setCount] = useState<number | undefined>()
  const [nobody, setNobody] = useState(false)
  const modalSlug = `send-campaign-${id}`

  const ask = async () => {
    const found = await countRecipients()
    if (found === undefined) return
    setNobody(found === 0)
    if (found === 0) return
    setCount(found)
    openModal(modalSlug)
  }

  const people = `${formatCount(count ?? 0)} ${count === 1 ? 'recipient' : 'recipients'}`
  return (
    <>
      <Button buttonStyle="primary" size="small" disabled={busy || disabled} onClick={() => void ask()}>
        Send now
      </Button>
      {nobody ? (
        <p role="alert" style={{ margin: 0, flexBasis: '100%' }}>
          Nobody would receive this campaign now: check its lists and languages (unsubscribed and suppressed addresses are left out).
        </p>
      ) : null}
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={`Send to ${people} now?`}
        body={`This campaign goes out to ${people} at once. Once started it cannot be unsent: you can only pause or cancel what has not gone yet.`}
        confirmLabel={`Send to ${people}`}
        confirmingLabel="Starting…"
        cancelLabel="Not yet"
        onConfirm={onSend}
      />
    </>
  )
}
