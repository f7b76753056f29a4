import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { articlePage } from '../pages/article-page'
import chatJs from '../pages/assets/chat.client.js'
import readerJs from '../pages/assets/reader.client.js'
import styles from '../pages/assets/styles.css'
import { chatPage } from '../pages/chat-page'
import { ProblemError } from './problem'
import { route } from './route'

/**
 * Static assets the pages load; served with a day's caching. A Map, because the name comes from the
 * URL: a plain object would answer `/assets/__proto__` with its prototype.
 */
const ASSETS = new Map([
  ['styles.css', { body: styles, type: 'text/css; charset=utf-8' }],
  ['chat.js', { body: chatJs, type: 'text/javascript; charset=utf-8' }],
  ['reader.js', { body: readerJs, type: 'text/javascript; charset=utf-8' }],
])

const HTML = { types: ['text/html'] }

/** `/`: the chat page; `/article` (or `/article/:doc`): the reader; `/assets/*`: their files. */
export function pageRoutes(corpus: CorpusIndex) {
  const first = [...corpus.documents.values()][0]
  return [
    route({ method: 'GET', path: '/', summary: 'The chat page', responses: { 200: { description: 'The page', ...HTML } }, handle: (c) => c.html(chatPage(corpus)) }),
    route({ method: 'GET', path: '/article', summary: 'The reader, at the first document', responses: { 200: { description: 'The article with sentence anchors', ...HTML } }, handle: (c) => c.html(articlePage(first)) }),
    route({
      method: 'GET',
      path: '/article/:doc',
      summary: 'The reader, at a document by id',
      param: v.object({ doc: v.string() }),
      responses: { 200: { description: 'The article with sentence anchors', ...HTML }, 404: { description: 'No document has this id' } },
      handle: (c, { param }) => {
        const doc = corpus.documents.get(param.doc)
        if (!doc) throw new ProblemError(404, 'not-found', `no document has the id ${JSON.stringify(param.doc)}`)
        return c.html(articlePage(doc))
      },
    }),
    route({
      method: 'GET',
      path: '/assets/:name',
      summary: "The pages' stylesheet and scripts",
      param: v.object({ name: v.string() }),
      responses: { 200: { description: 'The file, cached for a day', types: ['text/css', 'text/javascript'] }, 404: { description: 'No asset has this name' } },
      handle: (c, { param }) => {
        const asset = ASSETS.get(param.name)
        if (!asset) throw new ProblemError(404, 'not-found', `no asset is named ${JSON.stringify(param.name)}`)
        return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' })
      },
    }),
  ]
}
