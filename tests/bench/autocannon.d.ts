// autocannon ships no types (and @types/autocannon is not installed): just the part of its API the bench uses.
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number }

  export type Result = {
    url: string
    connections: number
    duration: number
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }

  export type Options = {
    url: string
    connections?: number
    /** Seconds. */
    duration?: number
    /** Seconds to wait for each response. */
    timeout?: number
    headers?: Record<string, string>
  }

  export type Instance = PromiseLike<Result> & {
    stop: () => void
    on: (event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void) => Instance
  }

  const autocannon: (options: Options) => Instance
  export default autocannon
}
