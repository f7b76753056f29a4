import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { articlePage } from '../pages/article-page'
import { ASSETS, type Asset } from '../pages/assets'
import { chatPage } from '../pages/chat-page'
import { ProblemError } from './problem'
import { route } from './route'

/** Under its content-hashed name an asset never changes, so browsers and CDNs may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

const HTML = { types: ['text/html'] }

/**
 * `/`: the chat page; `/article` (or `/article/:doc`): the reader; `/assets/*`: their files;
 * `/favicon.ico`: the icon, for browsers that ask for it before reading a page.
 */
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
      summary: "The pages' stylesheet, scripts and icon",
      param: v.object({ name: v.pipe(v.string(), v.description('The name the pages link, with a hash of the content ("chat.k3v9x0q2ab.js"), or the plain name ("chat.js")')) }),
      responses: {
        200: { description: 'The file: cached for good under its content-hashed name, revalidated on every use under any other', types: ['text/css', 'text/javascript', 'image/svg+xml'] },
        404: { description: 'No asset has this name' },
      },
      handle: (c, { param }) => {
        // "chat.k3v9x0q2ab.js" as the pages link it, or "chat.js" (a page or bookmark from before hashed names).
        // ASSETS is a Map, so a name from the URL never finds a prototype member ("__proto__", "constructor").
        const parts = /^([\w-]+)(?:\.[0-9a-z]+)?(\.\w+)$/.exec(param.name)
        const asset = parts ? ASSETS.get(`${parts[1]}${parts[2]}`) : undefined
        if (!asset) throw new ProblemError(404, 'not-found', `no asset is named ${JSON.stringify(param.name)}`)
        // Any other name (no hash, or an earlier deploy's) gets today's file, revalidated on every use so
        // no cache ever holds it under a name that promises other content.
        const cache = asset.path === `/assets/${param.name}` ? IMMUTABLE : 'no-cache'
        return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': cache })
      },
    }),
    route({
      method: 'GET',
      path: '/favicon.ico',
      summary: 'The icon, for browsers that ask for it before reading a page',
      responses: { 200: { description: 'The icon (SVG), cached for a day', types: ['image/svg+xml'] } },
      handle: (c) => {
        const icon = ASSETS.get('favicon.svg') as Asset
        return c.body(icon.body, 200, { 'content-type': icon.type, 'cache-control': 'public, max-age=86400' })
      },
    }),
  ]
}
