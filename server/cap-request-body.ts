import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Ends the connection once the 413 is on its way: a FIN after the answer, so the client reads it before anything
 * else (destroying at once sends a reset, and a client still writing may lose the answer with it), then a hard close
 * shortly after for a client that keeps the socket open. The unread body is never read: the parser stopped.
 */
const closeAfterAnswer = (socket: IncomingMessage['socket']) => {
  socket.end()
  setTimeout(() => socket.destroy(), 2_000).unref()
}

const refuse = (res: ServerResponse, cap: number) => {
  if (res.headersSent || res.writableEnded) return
  // The connection is not reused: the rest of the body is never read, so the stream cannot carry another request.
  res.shouldKeepAlive = false
  res.writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' })
  res.end(JSON.stringify({ errors: [{ message: `Request body larger than ${cap} bytes.` }] }))
}

/**
 * Holds a request body to `cap` bytes before Next or Astro read any of it (they would read it whole into memory).
 * A declared Content-Length over the cap is answered 413 at once, without reading the body; a chunked or undeclared
 * body is counted as the socket delivers it and, as soon as the count passes the cap, answered 413 and the connection
 * closed, so a slow 30 MB post costs a few kilobytes. Resolves true when it answered (refused) the request itself.
 */
export const capRequestBody = ({ req, res, cap }: { req: IncomingMessage; res: ServerResponse; cap: number }): boolean => {
  // Whoever still writes after the refusal (Next or Astro, whose read of the body failed) must not crash the process.
  res.on('error', () => undefined)
  const declared = req.headers['content-length']
  if (declared !== undefined && Number(declared) > cap) {
    refuse(res, cap)
    // Node would otherwise drain the unread body (100 MB) before closing; nothing more of it is wanted.
    res.once('finish', () => closeAfterAnswer(req.socket))
    return true
  }
  // The http parser hands every body chunk to push(): counting there sees the bytes before any reader buffers them,
  // whoever reads the stream and however it reads it.
  let received = 0
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null || chunk === undefined) return push(chunk, encoding)
    received += Buffer.byteLength(chunk as Buffer)
    if (received <= cap) return push(chunk, encoding)
    req.push = () => false
    // An answer already under way (headers sent) cannot become a 413: it ends with the connection.
    if (res.headersSent) req.socket.destroy()
    else {
      refuse(res, cap)
      res.once('finish', () => closeAfterAnswer(req.socket))
    }
    return false
  }
  return false
}
