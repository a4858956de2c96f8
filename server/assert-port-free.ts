import net from 'node:net'

import { EnvError } from '../config/env-error'

/** Fails before any start-up work when the port is taken, so a second `npm start` changes nothing. */
export const assertPortFree = ({ port, host }: { port: number; host: string }): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new EnvError([`PORT: ${port} is already in use — stop the other process or start with PORT=${port + 1}`]))
      } else if (error.code === 'EACCES') {
        reject(new EnvError([`PORT: ${port} needs privileges this user lacks — use a port above 1023, e.g. PORT=3000`]))
      } else reject(error)
    })
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()))
  })
