import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { CorpusIndex } from '../index/corpus-index'
import { allowedOrigins } from './allowed-origins'
import { askRoutes } from './ask'
import { chatRoutes } from './chat'
import { citeRoutes } from './cite'
import { conditionalGet } from './conditional-get'
import { factRoutes } from './facts'
import { allowHeader, openApi } from './openapi'
import { pageRoutes } from './pages'
import { ProblemError, sendProblem } from './problem'
import { rateLimit } from './rate-limit'
import { type AnyRoute, type Bindings, route } from './route'
import { searchRoutes } from './search'
import { readInput } from './validate'
import { widgetRoutes } from './widget'

/**
 * Every route the worker serves, described once: the app serves them, validates their input with
 * their schemas, answers 405 for their other methods, and describes them all at `/openapi.json`.
 */
export function routes(corpus: CorpusIndex): AnyRoute[] {
  const all: AnyRoute[] = [
    ...askRoutes(corpus),
    ...chatRoutes(corpus),
    ...searchRoutes(corpus),
    ...citeRoutes(corpus),
    ...factRoutes(corpus),
    route({
      method: 'GET',
      path: '/healthz',
      summary: 'Readiness: the documents and passages loaded',
      responses: { 200: { description: 'Ready' } },
      handle: (c) => c.json({ ok: true, documents: corpus.documents.size, passages: corpus.passages.size }),
    }),
    route({ method: 'GET', path: '/openapi.json', summary: 'This description', responses: { 200: { description: 'The OpenAPI 3.1 description' } }, handle: (c) => c.json(spec) }),
    ...pageRoutes(corpus),
    ...widgetRoutes(corpus),
  ]
  const spec = openApi(all)
  return all
}

/**
 * The worker's HTTP application over a loaded corpus. Every error leaves as a problem object.
 *
 * @example const res = await createApp(corpus).request('/api/cite/quitting-isis:p1')
 */
export function createApp(corpus: CorpusIndex) {
  const app = new Hono<{ Bindings: Bindings }>()
  // Security headers everywhere; frames only from the allowed origins (the same list as CORS).
  app.use(async (c, next) => {
    const origins = allowedOrigins(c.env?.ALLOWED_ORIGINS)
    const ancestors = origins === '*' ? ['*'] : ["'self'", ...origins]
    return secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ancestors,
        baseUri: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
      xFrameOptions: false,
      crossOriginResourcePolicy: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
    })(c, next)
  })
  // The API may be called from any allowed origin (the widget on other sites); preflights answered.
  app.use('/api/*', async (c, next) => {
    const origins = allowedOrigins(c.env?.ALLOWED_ORIGINS)
    return cors({ origin: origins, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['content-type'], exposeHeaders: ['retry-after'], maxAge: 86400 })(c, next)
  })
  // After CORS, so a browser on another site can read a 429 and its Retry-After.
  app.use('/api/*', rateLimit())
  // ETags on successful GETs and 304s for a matching If-None-Match (described in /openapi.json).
  app.use(conditionalGet())
  const table = routes(corpus)
  for (const r of table) app.on(r.method, r.path, async (c) => r.handle(c, await readInput(c, r)))
  // Registered after the routes, so only the methods a path does not serve reach it.
  for (const path of new Set(table.map((r) => r.path))) {
    const allow = allowHeader(table.filter((r) => r.path === path))
    app.all(path, (c) => sendProblem(c, 405, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`, { allow }))
  }
  app.notFound((c) => sendProblem(c, 404, 'not-found', `nothing is served at ${c.req.path}`))
  app.onError((err, c) => {
    if (err instanceof ProblemError) return sendProblem(c, err.status, err.kind, err.detail, err.headers)
    console.error(err)
    return sendProblem(c, 500, 'internal-error', 'the request could not be answered')
  })
  return app
}
