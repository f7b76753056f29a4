import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const BASE = 'http://worker.test'
/** No request may take longer than this, whatever it carries. */
const MAX_MS = 2000

/** Strings that have broken parsers and regexes elsewhere: control characters, lone surrogates, backtracking bait. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('\u0000\u0001\u001f', '\ud800', 'a\udfffb', '\u202e\u200b', `${'A '.repeat(400)}army`, `${'a'.repeat(990)}!`, `what is ${'the '.repeat(240)}of`, '(((((((((', '$$$$$', '-1e308 children', '99999999999999999999 wives', 'NaN percent cut', '<script>alert(1)</script>'),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'x'.repeat(n)),
)

const anyJson = fc.oneof(fc.jsonValue(), fc.record({ question: fc.oneof(hostileString, fc.jsonValue()), history: fc.oneof(fc.jsonValue(), fc.array(fc.record({ role: fc.oneof(fc.constantFrom('user', 'assistant'), fc.string()), content: fc.oneof(hostileString, fc.jsonValue()) }), { maxLength: 30 })) }))

/**
 * Percent-encodes any string, lone surrogates included (as their raw three bytes, which
 * encodeURIComponent refuses to produce), so the worker receives the hostile bytes themselves.
 */
function encodeAnything(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[^\ud800-\udfff]+|[\ud800-\udbff][\udc00-\udfff]/g, (part) => {
    if (part.length !== 1 || part.charCodeAt(0) < 0xd800 || part.charCodeAt(0) > 0xdfff) return encodeURIComponent(part)
    const c = part.charCodeAt(0)
    return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
  })
}

async function expectGraceful(res: Response, started: number) {
  expect(Date.now() - started).toBeLessThan(MAX_MS)
  expect(res.status).toBeLessThan(500)
  const type = res.headers.get('content-type') ?? ''
  if (res.status >= 400) {
    expect(type).toContain('application/problem+json')
    expect(await res.json()).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) })
  } else if (type.includes('json')) {
    expect(await res.json()).toBeTypeOf('object')
  } else await res.arrayBuffer()
}

describe('hostile input never produces a 5xx or a hang', { timeout: 120_000 }, () => {
  it('POST /api/ask and /api/chat with random and malformed JSON', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('/api/ask', '/api/chat'), fc.oneof(anyJson.map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), async (path, body) => {
      const started = Date.now()
      await expectGraceful(await SELF.fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), started)
    }), { numRuns: 150 })
  })

  it('POST /api/ask with hostile questions that are valid requests', async () => {
    await fc.assert(fc.asyncProperty(hostileString, async (question) => {
      const started = Date.now()
      const res = await SELF.fetch(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
      await expectGraceful(res, started)
    }), { numRuns: 150 })
  })

  it('GET /api/search, /api/cite and /api/cite/:id with hostile parameters', async () => {
    const limit = fc.oneof(fc.integer({ min: -10, max: 100 }).map(String), fc.string({ maxLength: 10 }), fc.constant('1e999'))
    await fc.assert(fc.asyncProperty(hostileString, limit, async (text, n) => {
      for (const path of [`/api/search?q=${encodeAnything(text)}&limit=${encodeAnything(n)}`, `/api/cite?quote=${encodeAnything(text)}&limit=${encodeAnything(n)}`, `/api/cite/${encodeAnything(text)}`]) {
        const started = Date.now()
        await expectGraceful(await SELF.fetch(`${BASE}${path}`), started)
      }
    }), { numRuns: 50 })
  })

  it('any method on any route, with odd content types and oversized bodies', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD')
    const path = fc.constantFrom('/', '/article', '/api/ask', '/api/chat', '/api/search', '/api/cite', '/api/cite/x', '/healthz', '/openapi.json', '/widget.js', '/embed', '/demo', '/nope', '/assets/../x')
    const type = fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', 'multipart/form-data', '')
    const body = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 100 }), fc.integer({ min: 60_000, max: 200_000 }).map((n) => `{"question":"${'q'.repeat(n)}"}`))
    await fc.assert(fc.asyncProperty(method, path, type, body, async (m, p, t, b) => {
      const started = Date.now()
      const init: RequestInit = { method: m, headers: t ? { 'content-type': t } : {} }
      if (b !== undefined && m !== 'GET' && m !== 'HEAD') init.body = b
      const res = await SELF.fetch(`${BASE}${p}`, init)
      expect(Date.now() - started).toBeLessThan(MAX_MS)
      expect(res.status).toBeLessThan(500)
      await res.arrayBuffer()
    }), { numRuns: 60 })
  })
})
