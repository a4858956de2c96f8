// Imported first by server/start.ts: Payload, Next and React decide between development and production behaviour
// from NODE_ENV when they load, and `npm start` must never run Payload in development mode (type generation,
// dev-only checks, a reload socket).
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'
