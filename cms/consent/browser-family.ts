/** A coarse browser family from the user agent: enough to explain a record, too little to fingerprint anyone. */
export const browserFamily = ({ userAgent }: { userAgent: string | undefined }): string => {
  const ua = userAgent ?? ''
  if (/Edg\//.test(ua)) return 'Edge'
  if (/OPR\/|Opera/.test(ua)) return 'Opera'
  if (/Firefox\//.test(ua)) return 'Firefox'
  if (/Chrome\/|Chromium\/|HeadlessChrome/.test(ua)) return 'Chrome'
  if (/Safari\//.test(ua)) return 'Safari'
  return ua ? 'Other' : 'Unknown'
}
