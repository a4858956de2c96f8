'use client'
import type React from 'react'

import { formatCount, formatRate } from './format-count'

/** One total with its rate against the mails sent, e.g. "Opened 1,234 · 24.7 % of sent". Lives inside a <dl>. */
export const CampaignStatCard = ({ label, count, sent }: { label: string; count: number; sent: number }): React.ReactElement => (
  <div style={{ padding: '10px 12px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, minWidth: 130 }}>
    <dt style={{ fontSize: 13 }}>{label}</dt>
    <dd style={{ margin: 0, fontSize: 22, fontWeight: 600 }}>{formatCount(count)}</dd>
    <dd style={{ margin: 0, fontSize: 12, color: 'var(--theme-elevation-650)' }}>{formatRate({ part: count, whole: sent })} of sent</dd>
  </div>
)
