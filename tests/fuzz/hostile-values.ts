import fc from 'fast-check'

/**
 * Strings attackers and broken clients send: markup, operator and SQL injection, path tricks, CR/LF for header
 * splitting, control characters, lone surrogates, bidi overrides, and lengths far past any field's limit.
 */
const knownBad = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' OR 1=1 --",
  '"; DROP TABLE contacts; --',
  '{"$ne":null}',
  '{"$gt":""}',
  '$where',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  'a\r\nSet-Cookie: pwned=1',
  '\r\n\r\n<html>',
  '\uD800',
  '\uDFFF',
  'a\uDC00b',
  '\u202Egnp.exe',
  '\u200B\uFEFF',
  '😀'.repeat(50),
  'a@b',
  'x@example.com\r\nBcc: victim@example.com',
  'x@example.com<script>',
  '"x"@example.com',
  'NaN',
  '1e309',
  '-1',
  '0x10',
  '9'.repeat(40),
  'null',
  'true',
  '[]',
  '{}',
  '%C0%AF',
  '${7*7}',
  '{{7*7}}',
]

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownBad) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 20_000 }).map((n) => 'a'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...knownBad), fc.string({ maxLength: 10 })).map(([a, b]) => `${b}${a}${b}`) },
)

/** Byte sequences that are no valid UTF-8: overlong encodings, encoded surrogates, bytes that never occur. */
export const brokenUtf8: fc.Arbitrary<Buffer> = fc.constantFrom(
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xe0, 0x80, 0xaf]),
  Buffer.from([0xf0, 0x80, 0x80, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0x80]),
  Buffer.from([0xc3]),
)

/** `[[[…]]]` or `{"a":{"a":…}}` nested far deeper than any real body. */
const deepJson = fc
  .tuple(fc.integer({ min: 50, max: 50_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`))

/** Operators meant for a database rather than for the field they are sent in. */
const operatorObject = fc.constantFrom<unknown>(
  { $ne: null },
  { $gt: '' },
  { $regex: '.*' },
  { $where: 'sleep(1000)' },
  { equals: 'x', or: [{ exists: true }] },
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
)

export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: operatorObject },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(operatorObject, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, fc.oneof(hostileString, operatorObject, fc.integer()), { maxKeys: 6 }) },
)

/** A JSON object whose known fields get hostile values of any type, plus unknown and operator keys. */
export const hostileObject = (fields: string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(fc.subarray(fields), fc.array(hostileJsonValue, { minLength: fields.length, maxLength: fields.length }), fc.dictionary(hostileString, hostileJsonValue, { maxKeys: 3 }))
    .map(([chosen, values, extra]) => ({ ...extra, ...Object.fromEntries(chosen.map((f, i) => [f, values[i]])) }))

/** A request body's text: usually JSON of a hostile value, sometimes broken JSON, deep nesting or raw bytes. */
export const hostileJsonBody = (fields: string[]): fc.Arbitrary<Buffer> =>
  fc.oneof(
    { weight: 5, arbitrary: hostileObject(fields).map((v) => Buffer.from(JSON.stringify(v), 'utf8')) },
    { weight: 1, arbitrary: hostileJsonValue.map((v) => Buffer.from(JSON.stringify(v) ?? 'undefined', 'utf8')) },
    { weight: 1, arbitrary: deepJson.map((s) => Buffer.from(s)) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":}', '[1,2,', 'NaN', '{"a":1,}', "{'a':1}", '', 'null').map((s) => Buffer.from(s)) },
    { weight: 1, arbitrary: fc.tuple(hostileObject(fields), brokenUtf8).map(([v, bad]) => Buffer.concat([Buffer.from(JSON.stringify(v).slice(0, -1)), Buffer.from(',"x":"'), bad, Buffer.from('"}')])) },
  )

/** Form fields as x-www-form-urlencoded text; raw broken UTF-8 goes in percent-encoded, as a browser would send it. */
export const formBody = (pairs: [string, string | Buffer][]): Buffer =>
  Buffer.from(
    pairs
      .map(([k, v]) => `${encodeLenient(k)}=${typeof v === 'string' ? encodeLenient(v) : [...v].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')}`)
      .join('&'),
  )

// encodeURIComponent throws on lone surrogates; Buffer encodes them as U+FFFD (raw encoded surrogates come from brokenUtf8).
const encodeLenient = (s: string): string => {
  try {
    return encodeURIComponent(s)
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')
  }
}

/** A value for a form field: a hostile string or raw invalid UTF-8. */
export const hostileFormValue: fc.Arbitrary<string | Buffer> = fc.oneof({ weight: 5, arbitrary: hostileString }, { weight: 1, arbitrary: brokenUtf8 })

/** Query-string text for a parameter: hostile strings, percent-encoded overlong sequences, raw encoded operators. */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(encodeLenient) },
  { weight: 1, arbitrary: brokenUtf8.map((b) => [...b].map((x) => `%${x.toString(16).toUpperCase()}`).join('')) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%00', '%C0%AF', '%ED%A0%80', '%u0041', '+%2B+') },
)

export const percentEncode = encodeLenient
