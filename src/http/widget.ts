import { html, raw } from 'hono/html'
import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { assetPath } from '../pages/assets'
import { layout } from '../pages/layout'
import widgetJs from '../../build/widget.client.js'
import { route } from './route'
import { LIMITS } from './validate'

/**
 * widget.js: the widget's sources (src/widget/) joined into one script that leaks no globals and
 * minified, by scripts/build-widget.ts.
 */
export const WIDGET_JS: string = widgetJs

/**
 * What <article-search> shows until widget.js runs, and for good if the worker cannot be reached: a
 * search box, disabled. The element's shadow root hides it once the script has loaded.
 */
const FALLBACK = '<input type="search" aria-label="Search the article" placeholder="Search the article" disabled>'

/** /embed's colour schemes: the host page chooses (`?theme=`), light unless it asks otherwise. */
const EMBED_SCHEMES = new Map([['light', 'light'], ['dark', 'dark'], ['auto', 'light dark']])

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
  // Anything but the three schemes (a typo, markup) falls back to light rather than failing the page.
  theme: v.optional(v.fallback(v.pipe(v.picklist(['light', 'dark', 'auto']), v.description("The page's colour scheme: auto follows the reader's system; any other value is light")), 'light'), 'light'),
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
      responses: { 200: { description: 'The script, kept five minutes and then revalidated by its ETag', types: ['text/javascript'] } },
      handle: (c) => c.body(WIDGET_JS, 200, {
        'content-type': 'text/javascript; charset=utf-8',
        // A fixed URL that sites embed: kept briefly, then revalidated by ETag, so a deploy reaches them within minutes.
        'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
        'cross-origin-resource-policy': 'cross-origin',
        'access-control-allow-origin': '*',
      }),
    }),
    route({
      method: 'GET',
      path: '/embed',
      summary: 'The search in a bare page, for an iframe, in the colour scheme the host page chooses',
      query: EmbedQuery,
      responses: { 200: { description: 'The page', types: ['text/html'] }, 413: { description: 'A placeholder over 200 characters' } },
      handle: (c, { query }) => c.html(html`<!doctype html>
<html lang="en" data-theme="${query.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Search ${title}</title>
<meta name="color-scheme" content="${EMBED_SCHEMES.get(query.theme)}">
<link rel="stylesheet" href="${assetPath('styles.css')}"><link rel="icon" href="${assetPath('favicon.svg')}" type="image/svg+xml"></head>
<body><main id="main" class="embed"><h1 class="skip">Search ${title}</h1>
<script src="/widget.js" async></script><article-search target="_blank" placeholder="${query.placeholder ?? `Search “${title}” or ask a question`}">${raw(FALLBACK)}</article-search></main></body></html>`),
    }),
    route({
      method: 'GET',
      path: '/demo',
      summary: 'The snippet to copy, and the widget working',
      responses: { 200: { description: 'The page', types: ['text/html'] } },
      handle: (c) => {
        const origin = publicOrigin(c.env?.PUBLIC_ORIGIN, c.req.url)
        const snippet = `<script src="${origin}/widget.js" async></script>\n<article-search>${FALLBACK}</article-search>`
        const iframe = `<iframe src="${origin}/embed" title="Search ${title}" width="100%" height="480" style="border:0"></iframe>`
        return c.html(layout(`Embed the search for ${title}`, html`<main id="main">
  <h1>Embed the search on your site</h1>
  <p>Add these two lines where the search box should appear:</p>
  <pre><code>${snippet}</code></pre>
  <p>Try it here:</p>
  <article-search>${raw(FALLBACK)}</article-search>
  <h2>Without third-party scripts</h2>
  <p>Sites that allow no outside script can frame the same search:</p>
  <pre><code>${iframe}</code></pre>
  <p>Attributes, CSS custom properties, <code>::part</code> names and events are listed in the README.</p>
</main>`, ['/widget.js']))
      },
    }),
  ]
}
