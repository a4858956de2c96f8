import { IncomingMessage } from 'node:http'

/** `failed`: the body passed `maxBytes`, or the client went away before sending all of it. */
export type BufferedRequest = { body: Buffer; req: IncomingMessage } | { failed: 'too-large' | 'closed' }

/**
 * Reads a request's whole body (up to `maxBytes`) and returns it with a stand-in request that replays the same body,
 * headers, method and URL on the same socket: the guard has to read a GraphQL body before Next does, and a request
 * stream can be read only once.
 */
export const bufferRequest = async ({ req, maxBytes }: { req: IncomingMessage; maxBytes: number }): Promise<BufferedRequest> => {
  const chunks: Buffer[] = []
  const read = await new Promise<'done' | 'too-large' | 'closed'>((resolve, reject) => {
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      chunks.push(chunk)
      if (size <= maxBytes) return
      // Stop keeping it, but let the rest drain so the socket can still carry the refusal.
      req.off('data', onData)
      req.resume()
      resolve('too-large')
    }
    req.on('data', onData)
    req.once('end', () => resolve('done'))
    // After 'end' this changes nothing; before it, the client is gone and no body will come.
    req.once('close', () => resolve('closed'))
    req.once('error', reject)
  })
  if (read !== 'done') return { failed: read }
  const body = Buffer.concat(chunks)
  const replay = new IncomingMessage(req.socket)
  replay.method = req.method
  replay.url = req.url
  replay.headers = req.headers
  replay.rawHeaders = req.rawHeaders
  replay.httpVersion = req.httpVersion
  replay.httpVersionMajor = req.httpVersionMajor
  replay.httpVersionMinor = req.httpVersionMinor
  replay.push(body)
  replay.push(null)
  replay.complete = true
  return { body, req: replay }
}
