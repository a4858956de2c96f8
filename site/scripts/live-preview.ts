/** Message types Payload's admin posts to the live-preview frame (after autosave and on every form change). */
const reloadOn = new Set(['payload-document-event', 'payload-live-preview'])
const debounceMs = 300

/**
 * Server-rendered live preview: the page is re-rendered by the server from the latest draft, so a change means a
 * reload (debounced: autosave and form changes come in bursts). Only messages from the parent frame on our own
 * origin count — the admin and the site share one origin.
 */
export const startLivePreview = ({ window: win }: { window: Window }): void => {
  const origin = win.location.origin
  // Outside a frame the page would message itself (and reload forever): only a framed page announces itself.
  if (win.parent === win) return
  win.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
  let timer: ReturnType<typeof setTimeout> | undefined
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== win.parent) return
    const data = event.data as { type?: unknown; ready?: unknown } | null
    if (typeof data?.type !== 'string' || !reloadOn.has(data.type) || data.ready === true) return
    clearTimeout(timer)
    timer = setTimeout(() => win.location.reload(), debounceMs)
  })
}
