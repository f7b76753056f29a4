import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'
import { assetPath } from './assets'

/**
 * The shell every page shares: metadata, the stylesheet and icon, a skip link and the site header.
 * `scripts` are paths (content-hashed ones from `assetPath`). Interpolated values are escaped by Hono's
 * `html` template.
 */
export function layout(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>, scripts: string[] = []) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="${assetPath('styles.css')}">
<link rel="icon" href="${assetPath('favicon.svg')}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a class="brand" href="/">Article assistant</a><nav aria-label="Site"><a href="/">Ask</a><a href="/article">Read the article</a><a href="/demo">Embed</a></nav></header>
${body}
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`
}
