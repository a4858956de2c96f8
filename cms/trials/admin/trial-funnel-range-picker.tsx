'use client'
import { Button } from '@payloadcms/ui'
import type React from 'react'

import type { TrialFunnelRange } from '../trial-funnel-ranges'

const labels: Record<TrialFunnelRange, string> = { '30d': 'Last 30 days', '90d': 'Last 90 days', all: 'All time' }

/**
 * The funnel's period as a group of toggle buttons (the pressed one is the current period). Never disabled while the
 * figures load: a later choice simply wins (the panel drops answers to earlier ones).
 */
export const TrialFunnelRangePicker = ({ range, onChange }: { range: TrialFunnelRange; onChange: (range: TrialFunnelRange) => void }): React.ReactElement => (
  <div role="group" aria-label="Signups of" style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
    {(Object.keys(labels) as TrialFunnelRange[]).map((value) => (
      <Button
        key={value}
        buttonStyle={value === range ? 'primary' : 'secondary'}
        size="small"
        margin={false}
        type="button"
        extraButtonProps={{ 'aria-pressed': value === range }}
        onClick={() => onChange(value)}
      >
        {labels[value]}
      </Button>
    ))}
  </div>
)
