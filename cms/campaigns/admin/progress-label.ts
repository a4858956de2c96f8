import type { CampaignProgress } from './campaign-api-types'
import { formatCount } from './format-count'

/** "1,234 of 5,000 sent · 3 skipped · 0 failed": the bar's text, for everyone who cannot read a bar. */
export const progressLabel = ({ total, sent, skipped, failed }: Pick<CampaignProgress, 'total' | 'sent' | 'skipped' | 'failed'>): string =>
  `${formatCount(sent)} of ${formatCount(total)} sent · ${formatCount(skipped)} skipped · ${formatCount(failed)} failed`

/** Handled recipients (sent, skipped or failed) in percent of all: skipped addresses are done too. */
export const progressPercent = ({ total, sent, skipped, failed }: Pick<CampaignProgress, 'total' | 'sent' | 'skipped' | 'failed'>): number =>
  total > 0 ? Math.min(100, Math.floor(((sent + skipped + failed) / total) * 100)) : 0
