/**
 * `npm run bench`: what the worker costs, measured on this machine, in one run.
 *   - in process: per-request cost of ask, numeric, search and cite as multiples of a bare MiniSearch
 *     search on the same index (the floor), and start-up (loading the prebuilt index);
 *   - sizes: the prebuilt index and the worker bundle (`wrangler deploy --dry-run`), raw and gzipped;
 *   - over HTTP under `wrangler dev`: /api/ask beside /healthz, alternately, with autocannon;
 *   - scaling: the in-process measures again on corpora grown 10× and 100× with synthetic documents.
 * `npm run bench -- --readme` also rewrites the README's Performance section from these results.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { measureHttp, startWorker } from './bench/http'
import { type InProcessResult, measureInProcess } from './bench/in-process'
import { writeSyntheticCorpus } from './bench/synthetic-corpus'

const quiet = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' } }

function bundleSize(): { bytes: number; gzipBytes: number } {
  const out = mkdtempSync(join(tmpdir(), 'bundle-'))
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], quiet)
  const js = readFileSync(join(out, 'index.js'))
  rmSync(out, { recursive: true, force: true })
  return { bytes: js.length, gzipBytes: gzipSync(js, { level: 9 }).length }
}

function scaled(times: number): InProcessResult {
  const dir = mkdtempSync(join(tmpdir(), `corpus-${times}x-`))
  writeSyntheticCorpus(dir, times)
  const out = join(dir, 'build.json')
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { ...quiet, env: { ...quiet.env, CORPUS_DIR: dir, BUILD_OUT: out } })
  const result = measureInProcess(out, times >= 100 ? 5 : 15)
  rmSync(dir, { recursive: true, force: true })
  return result
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
const us = (n: number) => `${n.toFixed(0)} µs`

execFileSync('npx', ['tsx', 'scripts/build.ts'], quiet)
console.error('in process…')
const base = measureInProcess('build/corpus.json')
console.error('bundle…')
const bundle = bundleSize()
console.error('HTTP under wrangler dev…')
const worker = await startWorker()
let http: Awaited<ReturnType<typeof measureHttp>>
try {
  http = await measureHttp(worker.url)
} finally {
  worker.stop()
}
console.error('scaled corpora…')
const x10 = scaled(10)
const x100 = scaled(100)

// The team's budgets: ask at most 1 ms median in process, start-up at most 20 ms, the worker bundle at
// most 1 MiB gzipped, the widget at most 10 KiB gzipped.
const widgetGzipKiB = gzipSync(readFileSync('build/widget.client.js'), { level: 9 }).length / 1024
const goals = {
  askMedianMs: { value: base.ask.p50 / 1000, goal: 1, ok: base.ask.p50 / 1000 <= 1 },
  startupMs: { value: base.startupMs, goal: 20, ok: base.startupMs <= 20 },
  bundleGzipKiB: { value: bundle.gzipBytes / 1024, goal: 1024, ok: bundle.gzipBytes / 1024 <= 1024 },
  widgetGzipKiB: { value: widgetGzipKiB, goal: 10, ok: widgetGzipKiB <= 10 },
}
const results = { date: new Date().toISOString(), node: process.version, base, bundle, http, scaling: { x1: base, x10, x100 }, goals }
mkdirSync('build', { recursive: true })
writeFileSync('build/bench.json', JSON.stringify(results, null, 2))

const lines: string[] = []
lines.push('| in process (best round’s median, p99) | 1× | ratio to floor |', '| --- | --- | --- |')
for (const [label, c] of [['bare MiniSearch search (floor)', base.floor], ['ask', base.ask], ['numeric question', base.numeric], ['search', base.search], ['cite by quote', base.cite]] as const) {
  lines.push(`| ${label} | ${us(c.p50)}, ${us(c.p99)} | ${c.ratio.toFixed(1)}× |`)
}
lines.push(`| start-up (parse and load the prebuilt index, best of 9) | ${base.startupMs.toFixed(1)} ms | |`)
lines.push('', '| size | raw | gzip |', '| --- | --- | --- |')
lines.push(`| prebuilt index (build/corpus.json) | ${kib(base.indexBytes)} | ${kib(base.indexGzipBytes)} |`)
lines.push(`| worker bundle (wrangler deploy --dry-run) | ${kib(bundle.bytes)} | ${kib(bundle.gzipBytes)} |`)
lines.push('', '| HTTP under wrangler dev (10 connections, alternating) | req/s | p50 | p99 | errors |', '| --- | --- | --- | --- | --- |')
lines.push(`| GET /healthz | ${http.healthz.rps.toFixed(0)} | ${http.healthz.p50.toFixed(1)} ms | ${http.healthz.p99.toFixed(1)} ms | ${http.healthz.errors} |`)
lines.push(`| POST /api/ask | ${http.ask.rps.toFixed(0)} | ${http.ask.p50.toFixed(1)} ms | ${http.ask.p99.toFixed(1)} ms | ${http.ask.errors} |`)
lines.push(`| ask ÷ healthz throughput | ${http.ratio.toFixed(2)} | | | |`)
lines.push('', '| corpus size | passages | index gzip | start-up | ask median | search median | cite median |', '| --- | --- | --- | --- | --- | --- | --- |')
for (const [label, r] of [['1× (the article)', base], ['10×', x10], ['100×', x100]] as const) {
  lines.push(`| ${label} | ${r.passages} | ${kib(r.indexGzipBytes)} | ${r.startupMs.toFixed(1)} ms | ${us(r.ask.p50)} | ${us(r.search.p50)} | ${us(r.cite.p50)} |`)
}
lines.push('', '| goal | measured | target | met |', '| --- | --- | --- | --- |')
lines.push(`| ask CPU, median | ${goals.askMedianMs.value.toFixed(2)} ms | ≤ 1 ms | ${goals.askMedianMs.ok ? 'yes' : 'no'} |`)
lines.push(`| start-up | ${goals.startupMs.value.toFixed(1)} ms | ≤ 20 ms | ${goals.startupMs.ok ? 'yes' : 'no'} |`)
lines.push(`| worker bundle, gzip | ${goals.bundleGzipKiB.value.toFixed(1)} KiB | ≤ 1024 KiB | ${goals.bundleGzipKiB.ok ? 'yes' : 'no'} |`)
lines.push(`| widget, gzip | ${goals.widgetGzipKiB.value.toFixed(1)} KiB | ≤ 10 KiB | ${goals.widgetGzipKiB.ok ? 'yes' : 'no'} |`)
const table = lines.join('\n')
console.log(table)

if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8')
  const section = `<!-- perf:start (written by \`npm run bench -- --readme\`; do not edit by hand) -->\nMeasured ${results.date.slice(0, 10)} on ${process.version}, 2 cores; in-process times are the worker's code run in Node.\n\n${table}\n<!-- perf:end -->`
  writeFileSync('README.md', readme.replace(/<!-- perf:start[\s\S]*?<!-- perf:end -->/, section))
  console.error('README.md Performance section updated')
}
