import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const BASE = 'http://worker.test'

/** Names every plain object inherits: a lookup keyed by a user's string must never find them. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'prototype']

/** The API's own description: every route it serves, and the statuses each method may answer. */
const spec = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
const ROUTES = Object.keys(spec.paths).map((path) => path.replace(/\{\w+\}/g, ':x'))
const TEMPLATES = Object.keys(spec.paths).map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`) }))

/** Whether the description allows this answer: a documented status for the path and method, else a 404 (or a CORS preflight under /api/). */
function documented(method: string, pathname: string, status: number): boolean {
  const template = TEMPLATES.find((t) => t.path === pathname) ?? TEMPLATES.find((t) => t.pattern.test(pathname))
  if (!template) return status === 404 || (method === 'OPTIONS' && pathname.startsWith('/api/') && status === 204)
  return String(status) in spec.paths[template.path][method.toLowerCase()].responses
}

/** A path segment or parameter value: prototype names, unicode of every kind, ids that exist, and path tricks. */
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `${name} ${name}`),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('quitting-isis', 'quitting-isis:p1', 'quitting-isis:p1.s1', 'styles.css', 'reader.js', '..', '.', '', 'a/b', 'ÿ', '𝒜', '\u0000', '\ud800', 'é'.normalize('NFD'), '\u202e'),
)

/** Percent-encodes any string, lone surrogates included (as the bytes a careless client would send). */
function encodeAnything(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    out += ch.length === 1 && c >= 0xd800 && c <= 0xdfff
      ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
      : encodeURIComponent(ch)
  }
  return out
}

/** A path: a route with its segment filled in, or with one appended; sometimes raw, malformed escapes. */
const path = fc.tuple(fc.constantFrom(...ROUTES), segment, fc.constantFrom('fill', 'append', 'raw')).map(([route, seg, how]) => {
  const encoded = how === 'raw' ? seg.replace(/[^\x21-\x7e]/g, encodeAnything).replace(/[?#]/g, encodeURIComponent) + '%E0%A4%A' : encodeAnything(seg)
  return route.includes(':x') ? route.replace(':x', encoded) : how === 'fill' ? route : `${route.replace(/\/$/, '')}/${encoded}`
})

/** A query string: the routes' own parameters and prototype names, each with any value. */
const query = fc.array(fc.tuple(fc.constantFrom('q', 'quote', 'limit', 'entity', 'kind', 'placeholder', ...PROTOTYPE_NAMES), segment), { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeAnything(v)}`).join('&')}` : ''))

/** A body: an ask request whose fields (and keys) are hostile, any JSON, or not JSON at all. */
const body = fc.oneof(
  fc.record({ key: fc.constantFrom('question', ...PROTOTYPE_NAMES), question: segment, role: fc.oneof(fc.constantFrom('user', 'assistant'), segment), content: segment })
    .map(({ key, question, role, content }) => JSON.stringify({ question, history: [{ role, content }, { role: 'user', content: question }], [key]: { question: content } })),
  fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `{"${name}": {"question": "Who is Sami?"}, "question": "${name}"}`),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constant(undefined),
)

const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/merge-patch+json', 'text/plain', '')

describe('no input produces a server error, or an answer the API description lacks', { timeout: 120_000 }, () => {
  it.each(PROTOTYPE_NAMES)('a prototype name as an asset, id, question or search: %s', async (name) => {
    const asks = ['/api/ask', '/api/chat'].map((p) => SELF.fetch(`${BASE}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: name }) }))
    const gets = [`/assets/${name}`, `/article/${name}`, `/api/cite/${name}`, `/api/search?q=${name}`, `/api/cite?quote=${name}%20${name}`, `/api/facts?entity=${name}`].map((p) => SELF.fetch(`${BASE}${p}`))
    for (const res of await Promise.all([...asks, ...gets])) {
      expect(res.status, res.url).toBeLessThan(500)
      await res.arrayBuffer()
    }
    const asset = await SELF.fetch(`${BASE}/assets/${name}`)
    expect(asset.status).toBe(404)
    expect(await asset.json()).toMatchObject({ type: '/problems/not-found', status: 404 })
  })

  it('route × method × path segment × query × body, prototype names and unicode included', async () => {
    await fc.assert(fc.asyncProperty(method, path, query, contentType, body, async (m, p, q, type, b) => {
      const init: RequestInit = { method: m, headers: type ? { 'content-type': type } : {} }
      if (b !== undefined && m !== 'GET' && m !== 'HEAD') init.body = b
      const res = await SELF.fetch(`${BASE}${p}${q}`, init)
      expect(res.status, `${m} ${p}${q}`).toBeLessThan(500)
      expect(documented(m, new URL(`${BASE}${p}`).pathname, res.status), `${m} ${p}${q} answered ${res.status}, which /openapi.json does not describe`).toBe(true)
      if (res.status >= 400 && m !== 'HEAD') {
        expect(res.headers.get('content-type')).toContain('application/problem+json')
        expect(await res.json()).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) })
      } else await res.arrayBuffer()
    }), { numRuns: 400 })
  })
})
