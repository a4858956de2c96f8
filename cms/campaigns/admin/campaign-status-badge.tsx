'use client'
import type React from 'react'

import type { CampaignStatus } from '../campaign-statuses'

// Text and background pairs with at least 4.5:1 contrast; the word carries the meaning, the colour only helps.
const looks: Record<CampaignStatus, { label: string; color: string; background: string }> = {
  draft: { label: 'Draft', color: '#1f2933', background: '#e4e7eb' },
  scheduled: { label: 'Scheduled', color: '#0b3a66', background: '#dbeafe' },
  sending: { label: 'Sending', color: '#7a3e00', background: '#fde7c8' },
  paused: { label: 'Paused', color: '#5b2a86', background: '#efe3fa' },
  sent: { label: 'Sent', color: '#0b5c2a', background: '#d7f5e1' },
  cancelled: { label: 'Cancelled', color: '#8a1c1c', background: '#fbe0e0' },
}

/** The campaign's state as a pill, e.g. "Sending". */
export const CampaignStatusBadge = ({ status }: { status: CampaignStatus }): React.ReactElement => {
  const look = looks[status]
  return (
    <span
      data-campaign-status={status}
      style={{ display: 'inline-block', padding: '2px 10px', borderRadius: 999, fontWeight: 600, fontSize: 13, color: look.color, background: look.background }}
    >
      {look.label}
    </span>
  )
}
