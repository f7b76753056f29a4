/**
 * Build step for the embeddable widget: joins its source files (src/widget/*.client.js, in the order
 * below) into one script that leaks no globals, minifies it with esbuild and writes
 * build/widget.client.js, which the worker serves as /widget.js. Every site that embeds the search
 * downloads this file, so the sources' comments and names stay in the repository, not in the bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { transformSync } from 'esbuild'

/** In dependency order: each file uses only what the files before it define. */
const SOURCES = ['article-search.styles', 'strings', 'answer-text', 'views', 'recent-searches', 'phone-sheet', 'article-search', 'register'].map((name) => `src/widget/${name}.client.js`)
const out = process.env.WIDGET_OUT ?? 'build/widget.client.js'

const joined = `(() => {\n${SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n')}\n})();\n`
// es2022: the syntax the element is written in (private and static class fields), so nothing is down-levelled.
const { code } = transformSync(joined, { minify: true, target: 'es2022', legalComments: 'none', charset: 'utf8' })
mkdirSync(out.replace(/\/[^/]+$/, ''), { recursive: true })
writeFileSync(out, code)
console.log(`built ${out}: ${(code.length / 1024).toFixed(1)} KiB, ${(gzipSync(code).length / 1024).toFixed(1)} KiB gzipped (from ${(joined.length / 1024).toFixed(1)} KiB of source)`)
