import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { allowedOrigins } from './allowed-origins'
import type { CorpusIndex } from '../index/corpus-index'
import { askRoutes } from './ask'
import { chatRoutes } from './chat'
import { citeRoutes } from './cite'
import { conditionalGet } from './conditional-get'
import { factRoutes } from './facts'
import { openApi } from './openapi'
import { pageRoutes } from './pages'
import { ProblemError, sendProblem } from './problem'
import { rateLimit } from './rate-limit'
import { searchRoutes } from './search'
import { widgetRoutes } from './widget'

/** Paths and the methods they answer, so any other method gets a 405 with an `Allow` header. */
const METHODS: Record<string, string> = {
  '/api/ask': 'POST',
  '/api/chat': 'POST',
  '/api/search': 'GET',
  '/api/cite': 'GET',
  '/api/cite/:id': 'GET',
  '/api/facts': 'GET',
  '/healthz': 'GET',
  '/openapi.json': 'GET',
}

/**
 * The worker's HTTP application over a loaded corpus. Every error leaves as a problem object.
 *
 * @example const res = await createApp(corpus).request('/api/cite/quitting-isis:p1')
 */
export function createApp(corpus: CorpusIndex) {
  const app = new Hono<{ Bindings: Env }>()
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
  app.use(conditionalGet())
  app.get('/healthz', (c) => c.json({ ok: true, documents: corpus.documents.size, passages: corpus.passages.size }))
  app.get('/openapi.json', (c) => c.json(openApi))
  app.route('/api/ask', askRoutes(corpus))
  app.route('/api/chat', chatRoutes(corpus))
  app.route('/api/search', searchRoutes(corpus))
  app.route('/api/cite', citeRoutes(corpus))
  app.route('/api/facts', factRoutes(corpus))
  app.route('/', pageRoutes(corpus))
  app.route('/', widgetRoutes(corpus))
  for (const [path, allow] of Object.entries(METHODS)) {
    app.on(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m !== allow), path, (c) =>
      sendProblem(c, 405, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`, { allow }))
  }
  app.notFound((c) => sendProblem(c, 404, 'not-found', `nothing is served at ${c.req.path}`))
  app.onError((err, c) => {
    if (err instanceof ProblemError) return sendProblem(c, err.status, err.kind, err.detail, err.headers)
    console.error(err)
    return sendProblem(c, 500, 'internal-error', 'the request could not be answered')
  })
  return app
}
