import { processorRegistry } from '../../config/processors/processor-registry'
import type { VendorFootprint } from './vendor-footprints'
import { vendorFootprints } from './vendor-footprints'

type Fulfilment = { status: number; contentType: string; body: string | Buffer }
type AccountIds = Partial<Record<string, string>>

const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const js = (body: string): Fulfilment => ({ status: 200, contentType: 'application/javascript', body })

/** The account id a footprint's `{id}` stands for; GA names its cookie after the measurement id without "G-". */
const idOf = ({ footprint, accountIds }: { footprint: VendorFootprint; accountIds: AccountIds }) => {
  const setting = processorRegistry.find((p) => p.id === footprint.processor)?.accountSetting
  return setting ? accountIds[setting] : undefined
}
const fill = (template: string, id: string) => template.replaceAll('{id}', id)

/** The stand-in script: stores what the vendor stores and makes the requests it makes, as the browser would. */
const standInScript = ({ footprint, id }: { footprint: VendorFootprint; id: string }): string => {
  const cookieId = footprint.processor === 'google-analytics' ? id.replace(/^G-/, '') : id
  const lines = footprint.stored.map((item) => {
    const name = JSON.stringify(fill(item.name, cookieId))
    const store =
      item.kind === 'cookie'
        ? `document.cookie=${name}+"=x; path=/; max-age=31536000; SameSite=Lax";`
        : `window.${item.kind}.setItem(${name},"x");`
    const remove = item.transient ? (item.kind === 'cookie' ? `document.cookie=${name}+"=; path=/; max-age=0";` : `window.${item.kind}.removeItem(${name});`) : ''
    return item.onlyWith ? `if(new URLSearchParams(location.search).has(${JSON.stringify(item.onlyWith)})){${store}${remove}}` : `${store}${remove}`
  })
  const requests = footprint.requests.map(({ url, as }) => {
    const target = JSON.stringify(fill(url, id))
    if (as === 'script') return `(function(){var s=document.createElement("script");s.src=${target};document.head.appendChild(s);})();`
    if (as === 'image') return `new Image().src=${target};`
    return `fetch(${target},{method:"POST",mode:"no-cors",keepalive:true}).catch(function(){});`
  })
  return `${lines.join('')}${requests.join('')}window[${JSON.stringify(footprint.loadedFlag)}]=true;`
}

/** Every origin a vendor in the footprints list loads from or sends to. */
export const footprintOrigins = (): Set<string> =>
  new Set(vendorFootprints.flatMap((f) => [f.script, ...f.requests.map((r) => r.url)].map((u) => new URL(u.replaceAll('{id}', 'x')).origin)))

/**
 * The answer for a request to a vendor's host: its script (for the configured account) runs the stand-in, any other
 * script (another account, a module) is empty, anything else a 1×1 GIF.
 */
export const vendorStandIn = ({ url, resourceType, accountIds }: { url: URL; resourceType: string; accountIds: AccountIds }): Fulfilment => {
  for (const footprint of vendorFootprints) {
    const id = idOf({ footprint, accountIds })
    if (id && url.href === fill(footprint.script, encodeURIComponent(id))) return js(standInScript({ footprint, id }))
  }
  if (resourceType === 'script') return js('/* stand-in */')
  return { status: 200, contentType: 'image/gif', body: gif }
}
