'use client'
import type React from 'react'
import { useId } from 'react'

import type { WebinarRegistrationStats } from '../webinar-registration-stats'

const width = 720
const height = 180
const left = 36
const bottom = 22
const plotWidth = width - left - 8
const plotHeight = height - bottom - 8

/** A round upper bound for the y axis (1, 2, 5 × 10ⁿ), so its label is a readable number. */
const niceMax = (value: number): number => {
  if (value <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value) ?? 10 * power
}

/**
 * Registrations per day as bars in an SVG with a title and a description (the span and the busiest day in words),
 * followed by the figures in a table: the bars for a glance, the table for screen readers and exact numbers.
 */
export const RegistrationsChart = ({ days }: { days: WebinarRegistrationStats['days'] }): React.ReactElement => {
  const titleId = useId()
  const descId = useId()
  const max = niceMax(Math.max(0, ...days.map((d) => d.count)))
  const slot = plotWidth / Math.max(1, days.length)
  const barWidth = Math.max(1, Math.min(40, slot * 0.8))
  const y = (count: number) => 8 + plotHeight - (count / max) * plotHeight
  const first = days[0]?.day ?? ''
  const last = days[days.length - 1]?.day ?? ''
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: '', count: 0 })
  const total = days.reduce((sum, d) => sum + d.count, 0)
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width }}>
        <title id={titleId}>Registrations per day</title>
        <desc id={descId}>{`${total} registrations from ${first} to ${last} (Brussels time); the busiest day was ${busiest.day} with ${busiest.count}. The table below gives the figures per day.`}</desc>
        {[0, max].map((v) => (
          <g key={v}>
            <line x1={left} x2={width - 8} y1={y(v)} y2={y(v)} stroke="var(--theme-elevation-150)" strokeDasharray="4 4" />
            <text x={left - 4} y={y(v) + 3} fontSize={10} fill="currentColor" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <rect key={d.day} x={left + i * slot + (slot - barWidth) / 2} y={y(d.count)} width={barWidth} height={Math.max(0, 8 + plotHeight - y(d.count))} fill="var(--theme-success-500)">
            <title>{`${d.day}: ${d.count}`}</title>
          </rect>
        ))}
        <text x={left} y={height - 6} fontSize={10} fill="currentColor">
          {first}
        </text>
        {days.length > 1 ? (
          <text x={width - 8} y={height - 6} fontSize={10} fill="currentColor" textAnchor="end">
            {last}
          </text>
        ) : null}
      </svg>
      <details style={{ marginTop: 8, fontSize: 13 }}>
        <summary>Registrations per day as a table</summary>
        <table style={{ marginTop: 8, borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 4 }}>Registrations per day (Brussels time)</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
                Day
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                Registrations
              </th>
            </tr>
          </thead>
          <tbody>
            {days
              .filter((d) => d.count > 0)
              .map((d) => (
                <tr key={d.day}>
                  <th scope="row" style={{ textAlign: 'left', paddingRight: 16, fontWeight: 400 }}>
                    {d.day}
                  </th>
                  <td style={{ textAlign: 'right' }}>{d.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
