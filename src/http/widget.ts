import { html } from 'hono/html'
import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { layout } from '../pages/layout'
import elementJs from '../widget/article-search.client.js'
import stylesJs from '../widget/article-search.styles.client.js'
import registerJs from '../widget/register.client.js'
import { route } from './route'
import { LIMITS } from './validate'

/** widget.js: the stylesheet, the element class and its registration, in one script that leaks no globals. */
export const WIDGET_JS = `(() => {\n${stylesJs}\n${elementJs}\n${registerJs}\n})();\n`

/**
 * The origin other sites should load the widget from: `PUBLIC_ORIGIN` when it is configured (an
 * http(s) origin in wrangler.toml's `[vars]`), else the origin of the URL the platform routed the
 * request by. Never a Host or X-Forwarded-Host header read on its own, which any client can forge.
 *
 * @example publicOrigin('https://search.example.com/', 'http://127.0.0.1:8787/demo') // => 'https://search.example.com'
 */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  if (configured) {
    const url = URL.canParse(configured) ? new URL(configured) : undefined
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.origin
  }
  return new URL(requestUrl).origin
}

const EmbedQuery = v.object({
  placeholder: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.placeholderChars, `may be at most ${LIMITS.placeholderChars} characters`), v.description('The search box placeholder'))),
})

/**
 * `GET /widget.js`: the embeddable search element. `GET /embed`: the same search in a bare page for
 * an iframe (for sites that allow no third-party script). `GET /demo`: the snippet to copy, working.
 */
export function widgetRoutes(corpus: CorpusIndex) {
  const title = [...corpus.documents.values()][0]?.meta.title ?? 'the article'
  return [
    route({
      method: 'GET',
      path: '/widget.js',
      summary: 'The embeddable <article-search> element, for any site',
      responses: { 200: { description: 'The script', types: ['text/javascript'] } },
      handle: (c) => c.body(WIDGET_JS, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'cross-origin-resource-policy': 'cross-origin',
        'access-control-allow-origin': '*',
      }),
    }),
    route({
      method: 'GET',
      path: '/embed',
      summary: 'The search in a bare page, for an iframe',
      query: EmbedQuery,
      responses: { 200: { description: 'The page', types: ['text/html'] }, 413: { description: 'A placeholder over 200 characters' } },
      handle: (c, { query }) => c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Search ${title}</title>
<link rel="stylesheet" href="/assets/styles.css"></head>
<body><main id="main" class="embed"><h1 class="skip">Search ${title}</h1>
<script src="/widget.js" async></script><article-search target="_blank" placeholder="${query.placeholder ?? `Search “${title}” or ask a question`}"></article-search></main></body></html>`),
    }),
    route({
      method: 'GET',
      path: '/demo',
      summary: 'The snippet to copy, and the widget working',
      responses: { 200: { description: 'The page', types: ['text/html'] } },
      handle: (c) => {
        const origin = publicOrigin(c.env?.PUBLIC_ORIGIN, c.req.url)
        const snippet = `<script src="${origin}/widget.js" async></script>\n<article-search></article-search>`
        const iframe = `<iframe src="${origin}/embed" title="Search ${title}" width="100%" height="480" style="border:0"></iframe>`
        return c.html(layout(`Embed the search for ${title}`, html`<main id="main">
  <h1>Embed the search on your site</h1>
  <p>Add these two lines where the search box should appear:</p>
  <pre><code>${snippet}</code></pre>
  <p>Try it here:</p>
  <article-search></article-search>
  <h2>Without third-party scripts</h2>
  <p>Sites that allow no outside script can frame the same search:</p>
  <pre><code>${iframe}</code></pre>
  <p>Attributes, CSS custom properties, <code>::part</code> names and events are listed in the README.</p>
</main>`, ['/widget.js']))
      },
    }),
  ]
}
