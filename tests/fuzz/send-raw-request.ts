import net from 'node:net'

/** One generated request, exactly as it goes on the wire (header values may hold CR/LF, the body raw bytes). */
export type FuzzRequest = {
  method: string
  path: string
  headers: [name: string, value: string][]
  body?: Buffer
}

export type FuzzAnswer = { status: number | undefined; head: string; ms: number; failure?: string }

/** The head of the final answer: interim ones (`100 Continue` to an `Expect`) come first and are no answer. */
const finalHead = (received: string): string => {
  const heads = received.split('\r\n\r\n')
  // The last piece is what follows the last complete head (a body, or a head still arriving).
  for (const head of heads.slice(0, -1)) if (!/^HTTP\/1\.[01] 1\d\d/.test(head)) return head
  return ''
}

/**
 * Sends one request over a bare socket, so nothing between the generator and the server cleans it up first (fetch
 * and node:http refuse CR/LF in headers, lone surrogates and raw bytes in paths). Resolves with the status once the
 * server closes the connection (we ask for `Connection: close`), or with a failure when it never answers in time: a
 * hang is as much a defect as a 500.
 */
export const sendRawRequest = ({ port, request, timeoutMs }: { port: number; request: FuzzRequest; timeoutMs: number }): Promise<FuzzAnswer> =>
  new Promise((resolve) => {
    const started = Date.now()
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let done = false
    const finish = (failure?: string) => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      const head = finalHead(Buffer.concat(chunks).toString('latin1'))
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head)
      const status = match ? Number(match[1]) : undefined
      resolve({ status, head, ms: Date.now() - started, failure: status === undefined ? (failure ?? 'closed without an answer') : undefined })
    }
    const timer = setTimeout(() => finish(`no answer within ${timeoutMs} ms`), timeoutMs)
    socket.on('connect', () => {
      const body = request.body ?? Buffer.alloc(0)
      const lines = [`${request.method} ${request.path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close']
      for (const [name, value] of request.headers) lines.push(`${name}: ${value}`)
      if (request.body !== undefined) lines.push(`Content-Length: ${body.length}`)
      socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), body]))
    })
    socket.on('data', (d: Buffer) => {
      chunks.push(d)
      // The head is all we judge; a large page body need not be read to the end.
      if (finalHead(Buffer.concat(chunks).toString('latin1')) !== '') finish()
    })
    // A server that stops reading an oversized body resets the connection after answering: keep what arrived.
    socket.on('error', (error) => finish(error.message))
    socket.on('close', () => finish())
  })
