'use client'
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import type React from 'react'

/** Cancelling cannot be undone (a cancelled campaign never resumes), so it asks first. */
export const CancelCampaignButton = ({
  id,
  busy,
  onCancel,
}: {
  id: string | number
  busy: boolean
  onCancel: () => Promise<void>
}): React.ReactElement => {
  const { openModal } = useModal()
  const modalSlug = `cancel-campaign-${id}`
  return (
    <>
      <Button buttonStyle="error" size="small" disabled={busy} onClick={() => openModal(modalSlug)}>
        Cancel campaign
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Cancel this campaign?"
        body="Recipients who have not been mailed yet will not get it. A cancelled campaign cannot be resumed: duplicate it to send it later."
        confirmLabel="Cancel the campaign"
        confirmingLabel="Cancelling…"
        cancelLabel="Keep it"
        onConfirm={onCancel}
      />
    </>
  )
}
