import { Hono } from 'hono'
import type { CorpusIndex } from '../index/corpus-index'
import { articlePage } from '../pages/article-page'
import chatJs from '../pages/assets/chat.client.js'
import readerJs from '../pages/assets/reader.client.js'
import styles from '../pages/assets/styles.css'
import { chatPage } from '../pages/chat-page'
import { ProblemError } from './problem'

/**
 * Static assets the pages load; served with a day's caching. A Map, because the name comes from the
 * URL: a plain object would answer `/assets/__proto__` with its prototype.
 */
const ASSETS = new Map([
  ['styles.css', { body: styles, type: 'text/css; charset=utf-8' }],
  ['chat.js', { body: chatJs, type: 'text/javascript; charset=utf-8' }],
  ['reader.js', { body: readerJs, type: 'text/javascript; charset=utf-8' }],
])

/** `/`: the chat page; `/article` (or `/article/:doc`): the reader; `/assets/*`: their files. */
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
    .get('/assets/:name', (c) => {
      const asset = ASSETS.get(c.req.param('name'))
      if (!asset) throw new ProblemError(404, 'not-found', `no asset is named ${JSON.stringify(c.req.param('name'))}`)
      return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' })
    })
}
