import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { reply } from '../../src/answer/reply'
import { type CorpusArtifact, CorpusIndex } from '../../src/index/corpus-index'
import { findQuote } from '../../src/retrieve/find-quote'
import { searchPassages } from '../../src/retrieve/search-passages'
import { readEvalSet } from '../lib/judge'

/** Per-request cost of one operation: median and p99 in microseconds, and the median as a multiple of the floor. */
export interface Cost {
  p50: number
  p99: number
  ratio: number
}

export interface InProcessResult {
  startupMs: number
  indexBytes: number
  indexGzipBytes: number
  passages: number
  floor: Cost
  ask: Cost
  numeric: Cost
  search: Cost
  cite: Cost
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

/**
 * Times every operation over its inputs, interleaved round by round so all see the same machine
 * state. Per operation: the lowest per-round median (the least disturbed round; other load on the
 * machine only ever adds time) and the p99 over all calls, in microseconds.
 */
function timeInterleaved(ops: Record<string, { inputs: string[]; fn: (input: string) => unknown }>, rounds: number): Record<string, { p50: number; p99: number }> {
  const all: Record<string, number[]> = {}
  const medians: Record<string, number[]> = {}
  for (let r = 0; r < rounds; r++) {
    for (const [name, { inputs, fn }] of Object.entries(ops)) {
      const times: number[] = []
      for (const input of inputs) {
        const started = process.hrtime.bigint()
        fn(input)
        times.push(Number(process.hrtime.bigint() - started) / 1000)
      }
      times.sort((a, b) => a - b)
      ;(medians[name] ??= []).push(percentile(times, 0.5))
      ;(all[name] ??= []).push(...times)
    }
  }
  return Object.fromEntries(Object.keys(ops).map((name) => [name, { p50: Math.min(...medians[name]), p99: percentile(all[name].sort((a, b) => a - b), 0.99) }]))
}

/**
 * Measures, in this process, what the worker does per request and at start-up, on a built corpus:
 * loading the prebuilt index, a bare MiniSearch search (the floor), an answer, a numeric answer, a
 * search and a quote lookup, each over the project's question set.
 */
export function measureInProcess(artifactPath: string, rounds = 30): InProcessResult {
  const text = readFileSync(artifactPath, 'utf8')
  const loads: number[] = []
  let index: CorpusIndex | undefined
  for (let i = 0; i < 9; i++) {
    const started = performance.now()
    index = new CorpusIndex(JSON.parse(text) as CorpusArtifact)
    loads.push(performance.now() - started)
  }
  const corpus = index as CorpusIndex
  const items = readEvalSet('tests/questions.jsonl')
  const questions = items.filter((i) => i.kind === 'ask' && !i.category.startsWith('numeric')).map((i) => i.question as string)
  const numeric = items.filter((i) => i.category === 'numeric-compute').map((i) => i.question as string)
  const quotes = items.filter((i) => i.kind === 'cite').map((i) => i.quote as string)
  const keywords = questions.map((q) => q.replace(/[?.]/g, '').split(' ').filter((w) => w.length > 4).slice(0, 2).join(' '))

  // Warm up: JIT and the per-isolate caches a long-lived worker has after its first requests.
  for (const q of [...questions, ...numeric]) reply(corpus, q)
  for (const q of quotes) findQuote(corpus, q)

  const t = timeInterleaved({
    floor: { inputs: questions, fn: (q) => corpus.search.search(q) },
    ask: { inputs: questions, fn: (q) => reply(corpus, q) },
    numeric: { inputs: numeric, fn: (q) => reply(corpus, q) },
    search: { inputs: keywords, fn: (q) => searchPassages(corpus, q, 8) },
    cite: { inputs: quotes, fn: (q) => findQuote(corpus, q) },
  }, rounds)
  const cost = (name: string): Cost => ({ ...t[name], ratio: t[name].p50 / t.floor.p50 })
  return {
    startupMs: Math.min(...loads),
    indexBytes: Buffer.byteLength(text),
    indexGzipBytes: gzipSync(text).length,
    passages: corpus.passages.size,
    floor: cost('floor'),
    ask: cost('ask'),
    numeric: cost('numeric'),
    search: cost('search'),
    cite: cost('cite'),
  }
}
