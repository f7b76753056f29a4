import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    workerUrl: string
    hostUrl: string
  }
}

let worker: ChildProcess | undefined
let host: Server | undefined

/**
 * A page of another site that embeds the widget, styling `input`, `button`, `a` and `mark` globally
 * (none of which may reach the widget). Query parameters vary it: `lang` (the page's language),
 * `scheme` (the page's declared color-scheme, none by default), `attrs` (extra attributes for the
 * element, as written in HTML) and `spacer` (a block of that many pixels above the widget).
 */
function hostPage(workerUrl: string, params: URLSearchParams): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const scheme = params.get('scheme')
  return `<!doctype html><html lang="${attr(params.get('lang') ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
${scheme ? `<meta name="color-scheme" content="${attr(scheme)}">` : ''}
<style>* { color: rgb(255, 0, 0) !important; font-family: serif !important; } input { background: rgb(0, 255, 0) !important; }
button { background: rgb(0, 0, 255) !important; } a { text-decoration: underline wavy !important; } mark { background: rgb(255, 0, 255) !important; }</style></head>
<body><main><h1>A site that embeds the search</h1>
${params.has('spacer') ? `<div style="height: ${Number(params.get('spacer'))}px">Some of the host's content.</div>` : ''}
<script src="${workerUrl}/widget.js" async></script>
<article-search ${params.get('attrs') ?? 'placeholder="Search the article"'}></article-search></main></body></html>`
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${ms} ms`)
}

/**
 * Starts the worker under `wrangler dev` (on a port of its own, in its own process group so the
 * teardown ends workerd too) and a plain page server on another port: a host page on a different
 * origin for the widget.
 */
export async function setup(project: TestProject) {
  const port = 20000 + Math.floor(Math.random() * 20000)
  worker = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'wrangler-')) },
  })
  const workerUrl = `http://127.0.0.1:${port}`
  await waitFor(`${workerUrl}/healthz`, 60_000)

  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.test')
    if (url.pathname !== '/') return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(workerUrl, url.searchParams))
  })
  await new Promise<void>((r) => host?.listen(0, '127.0.0.1', r))
  const address = host.address()
  const hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

  project.provide('workerUrl', workerUrl)
  project.provide('hostUrl', hostUrl)
}

export async function teardown() {
  if (worker?.pid) {
    try {
      process.kill(-worker.pid, 'SIGTERM')
    } catch {}
  }
  await new Promise<void>((r) => (host ? host.close(() => r()) : r()))
}
