import type React from 'react'

import type { DailyOptIn } from '../opt-in-rates'

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100))

/**
 * Opt-in rate per category and day as an SVG bar chart, with the same figures in a table: the chart for a glance,
 * the table for screen readers and exact numbers. Colours are paired with patterns-free labels in the legend.
 */
export const OptInChart = ({ days }: { days: DailyOptIn[] }): React.ReactElement => {
  const width = 720
  const height = 200
  const slot = width / days.length
  const bar = Math.max(2, slot / 2 - 2)
  return (
    <figure style={{ margin: '16px 0' }}>
      <svg role="img" aria-label="Opt-in rate per day: analytics and marketing, in percent of banner choices" viewBox={`0 0 ${width} ${height + 20}`} style={{ width: '100%', maxWidth: width }}>
        {[0, 50, 100].map((p) => (
          <g key={p}>
            <line x1={0} x2={width} y1={height - (p / 100) * height} y2={height - (p / 100) * height} stroke="#ccc" strokeDasharray="4 4" />
            <text x={2} y={height - (p / 100) * height - 2} fontSize={10} fill="#555">{`${p}%`}</text>
          </g>
        ))}
        {days.map((d, i) => {
          const a = pct(d.analytics, d.choices)
          const m = pct(d.marketing, d.choices)
          return (
            <g key={d.day}>
              <rect x={i * slot + 1} y={height - (a / 100) * height} width={bar} height={(a / 100) * height} fill="#0b5c59">
                <title>{`${d.day}: analytics ${a}% of ${d.choices}`}</title>
              </rect>
              <rect x={i * slot + 1 + bar + 1} y={height - (m / 100) * height} width={bar} height={(m / 100) * height} fill="#b3541e">
                <title>{`${d.day}: marketing ${m}% of ${d.choices}`}</title>
              </rect>
            </g>
          )
        })}
      </svg>
      <figcaption style={{ fontSize: 13 }}>
        <span style={{ color: '#0b5c59', fontWeight: 600 }}>■ analytics</span> · <span style={{ color: '#b3541e', fontWeight: 600 }}>■ marketing</span> — share of banner choices
        that granted the category, per day (UTC).
      </figcaption>
      <table style={{ marginTop: 12, fontSize: 13, borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', paddingRight: 16 }}>Day</th>
            <th style={{ textAlign: 'right', paddingRight: 16 }}>Choices</th>
            <th style={{ textAlign: 'right', paddingRight: 16 }}>Analytics</th>
            <th style={{ textAlign: 'right' }}>Marketing</th>
          </tr>
        </thead>
        <tbody>
          {days
            .filter((d) => d.choices > 0)
            .map((d) => (
              <tr key={d.day}>
                <td style={{ paddingRight: 16 }}>{d.day}</td>
                <td style={{ textAlign: 'right', paddingRight: 16 }}>{d.choices}</td>
                <td style={{ textAlign: 'right', paddingRight: 16 }}>{`${pct(d.analytics, d.choices)}%`}</td>
                <td style={{ textAlign: 'right' }}>{`${pct(d.marketing, d.choices)}%`}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  )
}
