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
    // A host page on another origin: its own styles that must not leak into the widget.
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>* { color: rgb(255, 0, 0) !important; font-family: serif !important; } input { background: rgb(0, 255, 0) !important; }</style></head>
<body><main><h1>A site that embeds the search</h1>
<script src="${workerUrl}/widget.js" async></script>
<article-search placeholder="Search the article"></article-search></main></body></html>`
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/' ? page : '')
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
