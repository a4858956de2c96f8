'use client'
import type React from 'react'
import { useId } from 'react'

import type { TrialFunnel, TrialFunnelStage } from '../trial-funnel'

const stages: { stage: TrialFunnelStage; label: string; colour: string }[] = [
  { stage: 'signups', label: 'Signups', colour: 'var(--theme-elevation-400)' },
  { stage: 'verified', label: 'Verified', colour: 'var(--theme-warning-500)' },
  { stage: 'provisioned', label: 'Provisioned', colour: 'var(--theme-success-400)' },
  { stage: 'converted', label: 'Converted', colour: 'var(--theme-success-750)' },
]
const width = 720
const labelWidth = 210
const barHeight = 9
const rowGap = 14
const rowHeight = stages.length * (barHeight + 2) + rowGap
const plotWidth = width - labelWidth - 48

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`)
// A long campaign name would run into the bars: the chart shortens it, the table below gives it whole.
const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text)

/**
 * The funnel per source as grouped horizontal bars (one bar per stage, all on one scale), with a title and a
 * description in words, followed by the same figures in a table with each stage's share of the signups: the bars
 * for a glance, the table for screen readers and exact numbers. Stages are told apart by a legend as well as colour.
 */
export const TrialFunnelChart = ({ funnel }: { funnel: TrialFunnel }): React.ReactElement => {
  const titleId = useId()
  const descId = useId()
  const rows = funnel.rows
  const max = Math.max(1, ...rows.map((r) => r.signups))
  const height = rows.length * rowHeight + 4
  const best = rows.reduce((top, r) => (r.converted > (top?.converted ?? 0) ? r : top), undefined as (typeof rows)[number] | undefined)
  const { total } = funnel
  return (
    <figure style={{ margin: 0, display: 'grid', gap: 8 }}>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width }}>
        <title id={titleId}>Trials funnel per source</title>
        <desc id={descId}>
          {`${total.signups} signups, ${total.verified} verified, ${total.provisioned} provisioned, ${total.converted} converted, from ${rows.length} sources.` +
            (best ? ` Most conversions: ${best.label} (${best.converted}).` : '') +
            ' The table below gives the figures per source.'}
        </desc>
        {rows.map((row, i) => {
          const top = i * rowHeight
          return (
            <g key={row.key}>
              <text x={0} y={top + (stages.length * (barHeight + 2)) / 2 + 4} fontSize={12} fill="currentColor">
                <title>{row.label}</title>
                {shorten(row.label)}
              </text>
              {stages.map(({ stage, label, colour }, s) => {
                const value = row[stage]
                const w = (value / max) * plotWidth
                const y = top + s * (barHeight + 2)
                return (
                  <g key={stage}>
                    <rect x={labelWidth} y={y} width={Math.max(value > 0 ? 2 : 0, w)} height={barHeight} fill={colour}>
                      <title>{`${row.label}: ${value} ${label.toLowerCase()}`}</title>
                    </rect>
                    {/* No "0" beside an empty bar: a column of zeros is noise here, the table has them. */}
                    {value > 0 ? (
                      <text x={labelWidth + w + 4} y={y + barHeight - 1} fontSize={9} fill="currentColor">
                        {value}
                      </text>
                    ) : null}
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 13 }}>
        {stages.map(({ stage, label, colour }) => (
          <span key={stage} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <svg aria-hidden="true" width={12} height={12}>
              <rect width={12} height={12} fill={colour} />
            </svg>
            {label}
          </span>
        ))}
      </figcaption>
      <table style={{ borderCollapse: 'collapse', fontSize: 13, width: 'max-content', maxWidth: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 4 }}>Trials per source and stage (share of the signups)</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
              Source
            </th>
            {stages.map(({ stage, label }) => (
              <th key={stage} scope="col" style={{ textAlign: 'right', paddingRight: 16 }}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 16, fontWeight: 400 }}>
                {row.label}
              </th>
              {stages.map(({ stage }) => (
                <td key={stage} style={{ textAlign: 'right', paddingRight: 16 }}>
                  {stage === 'signups' ? row.signups : `${row[stage]} (${percent(row[stage], row.signups)})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
            <th scope="row" style={{ textAlign: 'left', paddingRight: 16 }}>
              All sources
            </th>
            {stages.map(({ stage }) => (
              <td key={stage} style={{ textAlign: 'right', paddingRight: 16, fontWeight: 600 }}>
                {stage === 'signups' ? total.signups : `${total[stage]} (${percent(total[stage], total.signups)})`}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </figure>
  )
}
