import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app'
import { openApiPath } from '../../src/http/openapi'
import { corpus } from '../../src/index/load-corpus'

type Schema = { type?: string; maxLength?: number; maxItems?: number; maximum?: number; enum?: string[]; properties?: Record<string, Schema>; items?: Schema }
type Operation = { parameters?: { name: string; in: string; required: boolean; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, unknown> }
type Spec = { paths: Record<string, Record<string, Operation>> }

const app = createApp(corpus)
const BASE = 'http://worker.test'
const env = { ALLOWED_ORIGINS: '*' } as unknown as Env
/** The same worker with its rate limiter refusing everyone. */
const limited = { ALLOWED_ORIGINS: '*', RATE_LIMITER: { limit: async () => ({ success: false }) } } as unknown as Env
const spec = (await (await app.request(`${BASE}/openapi.json`, {}, env)).json()) as Spec
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options']

/** A valid value for each path parameter, and valid requests for the routes that need input. */
const PARAMS: Record<string, string> = { id: 'quitting-isis:p1.s2', doc: 'quitting-isis', name: 'styles.css' }
const QUERIES: Record<string, Record<string, string>> = { '/api/search': { q: 'salary' }, '/api/cite': { quote: 'bad guys' } }
const BODY = JSON.stringify({ question: 'Who is Sami?' })

/** Requests for one operation that, between them, should reach every status it can answer. */
function probes(path: string, method: string, op: Operation): { url: string; init: RequestInit; env: Env }[] {
  const fill = (value?: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value ?? PARAMS[name]))
  const query = (q: Record<string, string>) => (Object.keys(q).length ? `?${new URLSearchParams(q)}` : '')
  const valid = QUERIES[path] ?? {}
  const init = (extra: RequestInit = {}): RequestInit => ({ method: method.toUpperCase(), ...(op.requestBody ? { headers: { 'content-type': 'application/json' }, body: BODY } : {}), ...extra })
  const out = [
    { url: fill() + query(valid), init: init(), env },
    { url: fill() + query(valid), init: init(), env: limited },
    { url: fill('no-such-thing') + query(valid), init: init(), env },
  ]
  for (const p of op.parameters?.filter((p) => p.in === 'query') ?? []) {
    if (p.required) out.push({ url: fill() + query(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== p.name))), init: init(), env })
    if (p.schema.maxLength) out.push({ url: fill() + query({ ...valid, [p.name]: 'x'.repeat(p.schema.maxLength + 1) }), init: init(), env })
    if (p.schema.maximum) out.push({ url: fill() + query({ ...valid, [p.name]: String(p.schema.maximum + 1) }), init: init(), env })
    if (p.schema.enum) out.push({ url: fill() + query({ ...valid, [p.name]: 'not-one-of-them' }), init: init(), env })
  }
  if (op.requestBody) {
    out.push({ url: fill(), init: init({ body: '{"question": ' }), env })
    out.push({ url: fill(), init: init({ headers: { 'content-type': 'text/plain' } }), env })
    out.push({ url: fill(), init: init({ body: JSON.stringify({ question: 'Who?', padding: 'x'.repeat(70_000) }) }), env })
  }
  return out
}

describe('/openapi.json', () => {
  it('describes every path the app routes, and no other', () => {
    const routed = new Set(app.routes.map((r) => r.path).filter((p) => !p.includes('*')).map(openApiPath))
    expect(Object.keys(spec.paths).sort()).toEqual([...routed].sort())
    for (const [path, operations] of Object.entries(spec.paths)) expect(Object.keys(operations).sort(), path).toEqual([...METHODS].sort())
  })

  it('documents every status the app answers on every path and method, and the app answers each one it documents', { timeout: 60_000 }, async () => {
    const documented = new Set<string>()
    const answered = new Set<string>()
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const status of Object.keys(op.responses)) documented.add(`${method.toUpperCase()} ${path} ${status}`)
        for (const probe of probes(path, method, op)) {
          const res = await app.request(`${BASE}${probe.url}`, probe.init, probe.env)
          answered.add(`${method.toUpperCase()} ${path} ${res.status}`)
          await res.arrayBuffer()
          // A response with an ETag, revalidated: the client's copy is still current.
          const tag = res.headers.get('etag')
          if (tag) {
            const again = await app.request(`${BASE}${probe.url}`, { ...probe.init, headers: { 'if-none-match': tag } }, probe.env)
            answered.add(`${method.toUpperCase()} ${path} ${again.status}`)
            await again.arrayBuffer()
          }
        }
      }
    }
    expect([...answered].filter((s) => !documented.has(s)), 'answered but not documented').toEqual([])
    expect([...documented].filter((s) => !answered.has(s)), 'documented but never answered').toEqual([])
  })

  it('describes the chat and widget routes: the icon, hashed assets, /embed?theme=, search sub-results and 304 on every GET', () => {
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/favicon.ico', '/assets/{name}', '/embed', '/widget.js']))
    const theme = spec.paths['/embed'].get.parameters?.find((p) => p.name === 'theme')
    expect(theme).toMatchObject({ in: 'query', required: false, schema: { enum: ['light', 'dark', 'auto'], default: 'light' } })
    const search = spec.paths['/api/search'].get.responses['200'] as { content: Record<string, { schema: { properties: { results: Schema } } }> }
    expect(search.content['application/json'].schema.properties.results.items?.properties).toHaveProperty('subResults')
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const method of ['get', 'head']) {
        if ('200' in operations[method].responses) expect(operations[method].responses, `${method} ${path}`).toHaveProperty('304')
      }
    }
  })

  it('publishes the limits the app enforces: at each documented maximum a request passes, one past it fails', async () => {
    const ask = spec.paths['/api/ask'].post.requestBody?.content['application/json'].schema.properties ?? {}
    const questionMax = ask.question.maxLength ?? 0
    const turnsMax = ask.history.maxItems ?? 0
    const turnMax = ask.history.items?.properties?.content.maxLength ?? 0
    const post = (body: object) => app.request(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, env)
    const turns = (n: number, chars = 5) => Array.from({ length: n }, () => ({ role: 'user', content: 'x'.repeat(chars) }))
    expect((await post({ question: 'a'.repeat(questionMax) })).status).toBe(200)
    expect((await post({ question: 'a'.repeat(questionMax + 1) })).status).toBe(413)
    expect((await post({ question: 'Who?', history: turns(turnsMax) })).status).toBe(200)
    expect((await post({ question: 'Who?', history: turns(turnsMax + 1) })).status).toBe(413)
    expect((await post({ question: 'Who?', history: turns(1, turnMax) })).status).toBe(200)
    expect((await post({ question: 'Who?', history: turns(1, turnMax + 1) })).status).toBe(413)
    const limit = spec.paths['/api/search'].get.parameters?.find((p) => p.name === 'limit')?.schema.maximum ?? 0
    expect((await app.request(`${BASE}/api/search?q=isis&limit=${limit}`, {}, env)).status).toBe(200)
    expect((await app.request(`${BASE}/api/search?q=isis&limit=${limit + 1}`, {}, env)).status).toBe(400)
  })
})
