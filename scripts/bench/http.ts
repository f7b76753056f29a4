import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

interface AutocannonResult {
  requests: { average: number }
  latency: { p50: number; p99: number }
  errors: number
  timeouts: number
  non2xx: number
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

export interface Load {
  rps: number
  p50: number
  p99: number
  errors: number
}

export interface HttpResult {
  healthz: Load
  ask: Load
  /** ask throughput ÷ healthz throughput, from runs interleaved in the same worker. */
  ratio: number
}

const QUESTIONS = ['Where was Ammar from?', 'Why do some captured fighters agree to join ISIS?', 'How much more does Jabhat al-Nusra pay than the FSA?', 'What is the capital of France?', 'Who is Hossam?']

/** Starts `wrangler dev` on a free port in its own process group; resolves with its URL once /healthz answers. */
export async function startWorker(): Promise<{ url: string; stop: () => void }> {
  const port = 20000 + Math.floor(Math.random() * 20000)
  const child: ChildProcess = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'wrangler-')) },
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error('wrangler dev did not answer /healthz within 60 s')
}

function summarise(runs: AutocannonResult[]): Load {
  const mean = (f: (r: AutocannonResult) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length
  return { rps: mean((r) => r.requests.average), p50: mean((r) => r.latency.p50), p99: mean((r) => r.latency.p99), errors: runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0) }
}

/**
 * Load over HTTP on loopback: `/api/ask` (a rotation of questions) and `/healthz` of the same worker,
 * measured alternately so both see the same machine state; bounded in time, loopback only.
 */
export async function measureHttp(url: string, rounds = 3, seconds = 4, connections = 10): Promise<HttpResult> {
  const ask: AutocannonResult[] = []
  const healthz: AutocannonResult[] = []
  const body = (question: string) => JSON.stringify({ question })
  await autocannon({ url: `${url}/healthz`, duration: 1, connections }) // warm up
  for (let r = 0; r < rounds; r++) {
    healthz.push(await autocannon({ url: `${url}/healthz`, duration: seconds, connections }))
    ask.push(await autocannon({
      url: `${url}/api/ask`, duration: seconds, connections, method: 'POST', headers: { 'content-type': 'application/json' },
      requests: QUESTIONS.map((q) => ({ method: 'POST', body: body(q), headers: { 'content-type': 'application/json' } })),
    }))
  }
  const a = summarise(ask)
  const h = summarise(healthz)
  return { ask: a, healthz: h, ratio: a.rps / h.rps }
}
