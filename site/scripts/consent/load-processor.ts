import { addScript } from './add-script'
import { loadGoogleAnalytics } from './google-consent-mode'

type Queue = ((...args: unknown[]) => void) & { q?: unknown[][]; queue?: unknown[][]; callMethod?: unknown; loaded?: boolean; version?: string; push?: unknown }
type TrackerWindow = Window & { hj?: Queue; _hjSettings?: { hjid: number; hjsv: number }; fbq?: Queue; _fbq?: Queue; ldfdr?: Queue }

const stub = (): Queue => {
  const fn: Queue = (...args: unknown[]) => {
    ;(fn.q = fn.q ?? []).push(args)
  }
  return fn
}

/**
 * Starts one processor's browser code, given the account id the marketers entered. Each loader is the vendor's
 * documented snippet rewritten as DOM calls (no inline script), limited to the hosts the registry declares.
 */
export const loadProcessor = ({ id, accountId }: { id: string; accountId: string }): void => {
  const w = window as TrackerWindow
  switch (id) {
    case 'google-analytics':
      return loadGoogleAnalytics({ id: accountId, addScript })
    case 'hotjar':
      w.hj = w.hj ?? stub()
      w._hjSettings = { hjid: Number(accountId), hjsv: 6 }
      return addScript({ src: `https://static.hotjar.com/c/hotjar-${encodeURIComponent(accountId)}.js?sv=6`, id: 'mp-hotjar' })
    case 'facebook-pixel': {
      if (!w.fbq) {
        const fbq: Queue = (...args: unknown[]) => {
          ;(fbq.queue = fbq.queue ?? []).push(args)
        }
        fbq.push = fbq
        fbq.loaded = true
        fbq.version = '2.0'
        w.fbq = fbq
        w._fbq = fbq
      }
      addScript({ src: 'https://connect.facebook.net/en_US/fbevents.js', id: 'mp-fbq' })
      w.fbq('init', accountId)
      w.fbq('track', 'PageView')
      return
    }
    case 'leadfeeder':
      w.ldfdr = w.ldfdr ?? stub()
      return addScript({ src: `https://sc.lfeeder.com/lftracker_v1_${encodeURIComponent(accountId)}.js`, id: 'mp-leadfeeder' })
    default:
      // A processor the gate has no loader for is never loaded.
      return
  }
}
