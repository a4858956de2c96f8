/**
 * True when a body is not what its Content-Type says: JSON that does not parse, or a multipart body that does not
 * split into parts. Payload reads such bodies with a parser that throws (`Invalid JSON`, busboy's `Unexpected end of
 * form`); its GraphQL route and its multipart reader let that escape as a 500, so the server refuses them first.
 */
export const isUnreadableBody = async ({ contentType, body }: { contentType: string; body: Buffer }): Promise<boolean> => {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'application/json') {
    if (body.length === 0) return false
    try {
      JSON.parse(body.toString('utf8'))
      return false
    } catch {
      return true
    }
  }
  if (type.startsWith('multipart/')) {
    try {
      await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
      return false
    } catch {
      return true
    }
  }
  return false
}
