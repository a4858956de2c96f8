'use client'
import type React from 'react'
import { useId } from 'react'

import { campaignStatTypes } from './campaign-api-types'
import { campaignStatLabels, campaignStatStyles } from './campaign-stat-labels'
import type { DailyCounts } from './daily-series'
import { formatCount } from './format-count'

const width = 720
const height = 220
const left = 44
const bottom = 24
const plotWidth = width - left - 8
const plotHeight = height - bottom - 8

/** A round upper bound for the y axis (1, 2, 5 × 10ⁿ), so the grid lines carry readable numbers. */
const niceMax = (value: number): number => {
  if (value <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 5, 10].map((m) => m * power).find((m) => m >= value) ?? 10 * power) as number
}

/**
 * Events per day, one line per type, as an SVG with a title and a description (its totals in words), followed by the
 * same figures in a table: the chart for a glance, the table for screen readers and exact numbers.
 */
export const CampaignEventsChart = ({ days }: { days: DailyCounts[] }): React.ReactElement => {
  const titleId = useId()
  const descId = useId()
  const max = niceMax(Math.max(0, ...days.flatMap((d) => campaignStatTypes.map((t) => d.counts[t]))))
  // Counts are whole numbers: a middle line only where it falls on one.
  const ticks = max % 2 === 0 ? [0, max / 2, max] : [0, max]
  const x = (i: number) => left + (days.length === 1 ? plotWidth / 2 : (i / (days.length - 1)) * plotWidth)
  const y = (count: number) => 8 + plotHeight - (count / max) * plotHeight
  const first = days[0]?.day ?? ''
  const last = days[days.length - 1]?.day ?? ''
  const totals = campaignStatTypes.map((t) => `${formatCount(days.reduce((sum, d) => sum + d.counts[t], 0))} ${campaignStatLabels[t].toLowerCase()}`)

  return (
    <figure style={{ margin: '16px 0' }}>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width }}>
        <title id={titleId}>Campaign events per day</title>
        <desc id={descId}>{`From ${first} to ${last} (UTC): ${totals.join(', ')}. The table below gives the figures per day.`}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - 8} y1={y(v)} y2={y(v)} stroke="#ccc" strokeDasharray="4 4" />
            <text x={left - 4} y={y(v) + 3} fontSize={10} fill="currentColor" textAnchor="end">
              {formatCount(v)}
            </text>
          </g>
        ))}
        <text x={left} y={height - 6} fontSize={10} fill="currentColor">
          {first}
        </text>
        {days.length > 1 ? (
          <text x={width - 8} y={height - 6} fontSize={10} fill="currentColor" textAnchor="end">
            {last}
          </text>
        ) : null}
        {campaignStatTypes.map((type) => {
          const { color, dash } = campaignStatStyles[type]
          return (
            <g key={type}>
              {days.length > 1 ? (
                <polyline
                  points={days.map((d, i) => `${x(i)},${y(d.counts[type])}`).join(' ')}
                  fill="none"
                  stroke={color}
                  strokeWidth={2}
                  strokeDasharray={dash}
                />
              ) : null}
              {days.map((d, i) => (
                <circle key={d.day} cx={x(i)} cy={y(d.counts[type])} r={3} fill={color}>
                  <title>{`${d.day}: ${formatCount(d.counts[type])} ${campaignStatLabels[type].toLowerCase()}`}</title>
                </circle>
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption style={{ fontSize: 13, display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {campaignStatTypes.map((type) => (
          <span key={type} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <svg width={24} height={8} aria-hidden="true">
              <line x1={0} x2={24} y1={4} y2={4} stroke={campaignStatStyles[type].color} strokeWidth={2} strokeDasharray={campaignStatStyles[type].dash} />
            </svg>
            {campaignStatLabels[type]}
          </span>
        ))}
      </figcaption>
      <table style={{ marginTop: 12, fontSize: 13, borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 4 }}>Events per day (UTC; days without events left out)</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
              Day
            </th>
            {campaignStatTypes.map((type) => (
              <th key={type} scope="col" style={{ textAlign: 'right', paddingRight: 16 }}>
                {campaignStatLabels[type]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days
            .filter((d) => campaignStatTypes.some((t) => d.counts[t] > 0))
            .map((d) => (
            <tr key={d.day}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 16, fontWeight: 400 }}>
                {d.day}
              </th>
              {campaignStatTypes.map((type) => (
                <td key={type} style={{ textAlign: 'right', paddingRight: 16 }}>
                  {formatCount(d.counts[type])}
                </td>
              ))}
            </tr>
            ))}
        </tbody>
      </table>
    </figure>
  )
}
