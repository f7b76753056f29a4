import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import type { CorpusIndex } from '../index/corpus-index'
import { assetPath } from '../pages/assets'
import { layout } from '../pages/layout'
import widgetJs from '../../build/widget.client.js'

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
 * `GET /widget.js`: the embeddable search element. `GET /embed`: the same search in a bare page for
 * an iframe (for sites that allow no third-party script). `GET /demo`: the snippet to copy, working.
 */
export function widgetRoutes(corpus: CorpusIndex) {
  const title = [...corpus.documents.values()][0]?.meta.title ?? 'the article'
  return new Hono<{ Bindings: Env }>()
    .get('/widget.js', (c) => c.body(WIDGET_JS, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      // A fixed URL that sites embed: kept briefly, then revalidated by ETag, so a deploy reaches them within minutes.
      'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
      'cross-origin-resource-policy': 'cross-origin',
      'access-control-allow-origin': '*',
    }))
    .get('/embed', (c) => {
      const requested = c.req.query('theme') ?? 'light'
      const theme = EMBED_SCHEMES.has(requested) ? requested : 'light'
      return c.html(html`<!doctype html>
<html lang="en" data-theme="${theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Search ${title}</title>
<meta name="color-scheme" content="${EMBED_SCHEMES.get(theme)}">
<link rel="stylesheet" href="${assetPath('styles.css')}"><link rel="icon" href="${assetPath('favicon.svg')}" type="image/svg+xml"></head>
<body><main id="main" class="embed"><h1 class="skip">Search ${title}</h1>
<script src="/widget.js" async></script><article-search target="_blank" placeholder="${c.req.query('placeholder') ?? `Search “${title}” or ask a question`}">${raw(FALLBACK)}</article-search></main></body></html>`)
    })
    .get('/demo', (c) => {
      const origin = new URL(c.req.url).origin
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
    })
}
