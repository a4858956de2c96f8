/** The parts of a media document the site renders (structurally the generated Media type). */
export type MediaDoc = {
  alt?: string | null
  url?: string | null
  mimeType?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  sizes?: Partial<Record<'thumbnail' | 'card' | 'wide', { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null } | undefined>>
}

export type ImageSources = {
  src: string
  /** Width descriptors of every generated size (thumbnail 400, card 800, wide 1600) that exists. */
  srcset?: string
  type?: string
  width?: number
  height?: number
  alt: string
}

export const isMediaDoc = (value: unknown): value is MediaDoc => typeof value === 'object' && value !== null && 'url' in value

export const isVideo = (media: MediaDoc): boolean => Boolean(media.mimeType?.startsWith('video/'))

/**
 * Files Payload serves itself (/api/media/file/…) as site-relative paths: Payload makes them absolute with
 * PUBLIC_URL, but the page may be reached under another name (a proxy, 127.0.0.1 vs localhost) and the CSP allows
 * images from 'self' only. Other URLs (e.g. a storage host) are left alone.
 */
export const sitePath = ({ url }: { url: string }): string => url.replace(/^https?:\/\/[^/]+(?=\/api\/media\/)/, '')

/**
 * Everything an <img> needs to load the right size without layout shift: the generated sizes as a srcset, and the
 * width/height of the largest one (same aspect ratio as the original) so the browser reserves the space.
 */
export const imageSources = ({ media, fallbackSize = 'card' }: { media: MediaDoc; fallbackSize?: 'thumbnail' | 'card' | 'wide' }): ImageSources | undefined => {
  if (!media.url || isVideo(media)) return undefined
  const sizes = (['thumbnail', 'card', 'wide'] as const)
    .map((name) => ({ name, ...media.sizes?.[name] }))
    .filter((s): s is { name: 'thumbnail' | 'card' | 'wide'; url: string; width: number; height?: number | null; mimeType?: string | null } => Boolean(s.url && s.width))
  const largest = sizes[sizes.length - 1]
  const fallback = sizes.find((s) => s.name === fallbackSize) ?? largest
  const width = media.width ?? largest?.width
  const height = media.height ?? (largest?.height || undefined)
  return {
    src: sitePath({ url: fallback?.url ?? media.url }),
    srcset: sizes.length ? sizes.map((s) => `${sitePath({ url: s.url })} ${s.width}w`).join(', ') : undefined,
    type: sizes[0]?.mimeType ?? undefined,
    width: width ?? undefined,
    height: height ?? undefined,
    alt: media.alt ?? '',
  }
}
