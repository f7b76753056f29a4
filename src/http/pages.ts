import { Hono } from 'hono'
import type { CorpusIndex } from '../index/corpus-index'
import { articlePage } from '../pages/article-page'
import { ASSETS, type Asset } from '../pages/assets'
import { chatPage } from '../pages/chat-page'
import { ProblemError } from './problem'

/** Under its content-hashed name an asset never changes, so browsers and CDNs may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * `/`: the chat page; `/article` (or `/article/:doc`): the reader; `/assets/*`: their files;
 * `/favicon.ico`: the icon, for browsers that ask for it before reading a page.
 */
export function pageRoutes(corpus: CorpusIndex) {
  const first = [...corpus.documents.values()][0]
  return new Hono()
    .get('/', (c) => c.html(chatPage(corpus)))
    .get('/article', (c) => c.html(articlePage(first)))
    .get('/article/:doc', (c) => {
      const doc = corpus.documents.get(c.req.param('doc'))
      if (!doc) throw new ProblemError(404, 'not-found', `no document has the id ${JSON.stringify(c.req.param('doc'))}`)
      return c.html(articlePage(doc))
    })
    .get('/assets/:file', (c) => {
      const file = c.req.param('file')
      // "chat.k3v9x0q2ab.js" as the pages link it, or "chat.js" (a page or bookmark from before hashed names).
      const parts = /^([\w-]+)(?:\.[0-9a-z]+)?(\.\w+)$/.exec(file)
      const asset = parts ? ASSETS.get(`${parts[1]}${parts[2]}`) : undefined
      if (!asset) throw new ProblemError(404, 'not-found', `no asset is named ${JSON.stringify(file)}`)
      // Any other name (no hash, or an earlier deploy's) gets today's file, revalidated on every use so
      // no cache ever holds it under a name that promises other content.
      const cache = asset.path === `/assets/${file}` ? IMMUTABLE : 'no-cache'
      return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': cache })
    })
    .get('/favicon.ico', (c) => {
      const icon = ASSETS.get('favicon.svg') as Asset
      return c.body(icon.body, 200, { 'content-type': icon.type, 'cache-control': 'public, max-age=86400' })
    })
}
