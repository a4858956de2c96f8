import net from 'node:net'

export type RawAnswer = { statusLine: string; bodyBytesSent: number; ms: number }

/**
 * One request over a bare socket, so a test controls exactly what is sent: the head as written (a Content-Length
 * the body never honours, say) and then, if asked, a chunked body of `chunkedBytes`, written as fast as the server
 * reads it and stopped as soon as the server answers or closes. Resolves when the server closes the connection.
 */
export const rawRequest = ({ port, head, chunkedBytes = 0 }: { port: number; head: string; chunkedBytes?: number }): Promise<RawAnswer> =>
  new Promise((resolve) => {
    const started = Date.now()
    const socket = net.connect(port, '127.0.0.1')
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    let received = ''
    let sent = 0
    let stopped = false
    const pump = () => {
      while (!stopped && sent < chunkedBytes) {
        sent += chunk.length
        if (!socket.write(frame)) return void socket.once('drain', pump)
      }
      if (!stopped && chunkedBytes > 0) socket.write('0\r\n\r\n')
    }
    socket.on('connect', () => {
      socket.write(`${head.trim().split('\n').join('\r\n')}\r\n\r\n`)
      pump()
    })
    socket.on('data', (d) => {
      received += d.toString('latin1')
      stopped = true
    })
    // A server that stops reading a body resets the connection: the answer has arrived before that.
    socket.on('error', () => undefined)
    socket.on('close', () => {
      stopped = true
      resolve({ statusLine: received.split('\r\n')[0] ?? '', bodyBytesSent: sent, ms: Date.now() - started })
    })
  })
