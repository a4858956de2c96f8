// Fixed to English grouping ("1,234"): the admin is in English whatever the browser's language.
const counts = new Intl.NumberFormat('en-US')

export const formatCount = (value: number): string => counts.format(value)

/** `part` as a share of `whole`, one decimal ("12.5 %"); a dash when there is nothing to compare with yet. */
export const formatRate = ({ part, whole }: { part: number; whole: number }): string =>
  whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toFixed(1)} %` : '—'
