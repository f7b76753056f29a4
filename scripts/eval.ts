/**
 * Evaluates the assistant in process, the way the shared HTTP scorers do, but in seconds: each
 * corpus is built in memory and every question goes through the same `reply` the worker calls.
 *
 *   npm run eval                                  # the JSONL sets about the bundled article
 *   npm run eval -- --jsonl FILE [--verbose]      # one JSONL set (../shared/eval/*.jsonl format)
 *   npm run eval -- --squad FILE [--only A,B] [--dump out.jsonl]
 *   npm run eval -- --readers [FILE]              # readers' questions about the SQuAD articles
 *                                                 # (data/questions/squad-reader.jsonl), by category
 *   npm run eval -- --record                      # write tests/questions-passing.json: the project's
 *                                                 # own items that pass, which `npm test` holds to
 *
 * The HTTP scorers in ../shared/eval remain the contract check; this is for measuring quickly.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import MiniSearch from 'minisearch'
import { reply } from '../src/answer/reply'
import { buildCorpus } from '../src/index/build-corpus'
import { CorpusIndex } from '../src/index/corpus-index'
import { askItem } from './lib/ask-item'
import { readCorpusDir, readSharedTables } from './lib/corpus-files'
import { type EvalItem, readEvalSet } from './lib/judge'
import { holds, readSquad } from './lib/squad'
import { bundledSets, ownSets, SQUAD_HALF } from './lib/training-data'

const args = process.argv.slice(2)
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined }
const verbose = args.includes('--verbose')

function bundledCorpus(): CorpusIndex {
  const { sources, tables } = readCorpusDir('corpus')
  return new CorpusIndex(buildCorpus(sources, { ...readSharedTables(), ...tables }))
}

/** Asks every item of a JSONL set and prints the score per category, as ../shared/eval/score.mjs does. */
function evalJsonl(corpus: CorpusIndex, path: string): string[] {
  return scoreItems(path, readEvalSet(path), () => corpus)
}

/** Asks each item of the article `corpusOf` gives it, prints the score per category, and returns the passing ids. */
function scoreItems<T extends EvalItem>(label: string, items: readonly T[], corpusOf: (item: T) => CorpusIndex): string[] {
  const byCategory = new Map<string, { ok: number; n: number }>()
  const failed: string[] = []
  const passed: string[] = []
  const words: number[] = []
  for (const item of items) {
    const { why, shown, words: n } = askItem(corpusOf(item), item)
    if (n !== undefined) words.push(n)
    const c = byCategory.get(item.category) ?? { ok: 0, n: 0 }
    c.n++
    if (why.length === 0) {
      c.ok++
      passed.push(item.id)
    } else {
      failed.push(item.id)
      if (verbose) console.log(`${item.id} ${item.question ?? item.turns?.join(' → ') ?? item.quote} — ${why.join('; ')} | ${shown.slice(0, 200)}`)
    }
    byCategory.set(item.category, c)
  }
  const ok = passed.length
  const median = words.sort((a, b) => a - b)[Math.floor(words.length / 2)] ?? 0
  console.log(`\n${label}: ${ok}/${items.length} = ${((100 * ok) / items.length).toFixed(1)}% (answer median ${median} words)`)
  for (const [category, c] of byCategory) console.log(`  ${category.padEnd(16)} ${c.ok}/${c.n}`)
  if (failed.length && !verbose) console.log(`  failed: ${failed.join(' ')}`)
  return passed
}

const wordsOf = (text?: string) => (text ?? '').replace(/\[\d+\]/g, ' ').split(/\s+/).filter(Boolean).length
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN }
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-')

/** Swaps each SQuAD article in as the only document and scores it as ../shared/eval/squad.mjs does. */
function evalSquad(path: string): void {
  const only = flag('only')?.split(',')
  const dump = flag('dump')
  if (dump) writeFileSync(dump, '')
  const tables = readSharedTables()
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  const rows: string[][] = []
  const totals = { n: 0, ok: 0, cite: 0, span: 0, abstained: 0, words: [] as number[], peer: 0, peerWords: [] as number[], para: 0 }
  for (const article of readSquad(path).filter((a) => !only || only.includes(a.title))) {
    const corpus = new CorpusIndex(buildCorpus([article.markdown], tables))
    const paragraphs = article.markdown.split('\n---\n')[1].trim().split('\n\n')
    const peer = (units: string[]) => {
      const search = new MiniSearch({ fields: ['text'], storeFields: ['text'] })
      search.addAll(units.map((text, id) => ({ id, text })))
      return (q: string) => search.search(q, { fuzzy: 0.2, prefix: true })[0]?.text as string | undefined
    }
    const bySentence = peer(paragraphs.flatMap((p) => [...segmenter.segment(p)].map((s) => s.segment.trim()).filter(Boolean)))
    const byParagraph = peer(paragraphs)
    const t = { n: 0, ok: 0, cite: 0, span: 0, abstained: 0, words: [] as number[], peer: 0, peerWords: [] as number[], para: 0 }
    for (const q of article.questions) {
      const r = reply(corpus, q.question)
      const answered = !r.abstained
      const ok = answered && holds(r.answer, q.golds)
      t.n++
      if (ok) t.ok++
      if (answered && holds(r.citations[0]?.text, q.golds)) t.cite++
      if (answered && holds(r.citations[0]?.selector.exact, q.golds)) t.span++
      if (!answered) t.abstained++
      else t.words.push(wordsOf(r.answer))
      const s = bySentence(q.question)
      if (holds(s, q.golds)) t.peer++
      t.peerWords.push(wordsOf(s))
      if (holds(byParagraph(q.question), q.golds)) t.para++
      if (dump) appendFileSync(dump, `${JSON.stringify({ article: article.title, question: q.question, golds: q.golds, ok, abstained: r.abstained, answer: r.answer, reasoning: r.reasoning, peerSentence: s })}\n`)
    }
    rows.push([article.title, String(t.n), pct(t.ok, t.n), pct(t.cite, t.n), pct(t.span, t.n), pct(t.abstained, t.n), String(median(t.words)), pct(t.peer, t.n), String(median(t.peerWords)), pct(t.para, t.n)])
    for (const k of ['n', 'ok', 'cite', 'span', 'abstained', 'peer', 'para'] as const) totals[k] += t[k]
    totals.words.push(...t.words)
    totals.peerWords.push(...t.peerWords)
  }
  const T = totals
  rows.push(['all', String(T.n), pct(T.ok, T.n), pct(T.cite, T.n), pct(T.span, T.n), pct(T.abstained, T.n), String(median(T.words)), pct(T.peer, T.n), String(median(T.peerWords)), pct(T.para, T.n)])
  const head = ['article', 'questions', 'answer acc', 'cite acc (passage)', 'cite acc (span)', 'abstained', 'median words', 'peer sentence acc', 'its median words', 'peer paragraph acc']
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- |').join('')}`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

/**
 * Readers' questions about the SQuAD articles (why, how, paraphrases, yes/no, phone typing, near
 * misses), each asked of its article alone and judged as score.mjs judges the reader sample.
 */
function evalSquadReaders(path = 'data/questions/squad-reader.jsonl'): void {
  const items = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line, k) => {
    const q = JSON.parse(line) as EvalItem & { title: string }
    return { ...q, id: `${q.title}#${k}`, kind: 'ask' as const }
  })
  const tables = readSharedTables()
  const articles = new Map(readSquad(SQUAD_HALF).map((a) => [a.title, a]))
  const corpora = new Map<string, CorpusIndex>()
  const corpusOf = (title: string) => {
    let corpus = corpora.get(title)
    if (!corpus) corpora.set(title, (corpus = new CorpusIndex(buildCorpus([articles.get(title)?.markdown ?? ''], tables))))
    return corpus
  }
  scoreItems(path, items.filter((q) => articles.has(q.title)), (item) => corpusOf(item.title))
}

/** The project's own question sets about the bundled article (the shared samples stay out of the tests). */
const OWN_SETS = ownSets()

/** Questions no model was fitted on (scripts/lib/training-data.ts reads data/questions only): scored, never recorded. */
const BLIND = 'data/blind/reader-blind.jsonl'

const squad = flag('squad')
if (squad) evalSquad(squad)
else if (args.includes('--readers')) {
  const file = flag('readers')
  evalSquadReaders(file?.startsWith('--') ? undefined : file)
}
else {
  const corpus = bundledCorpus()
  const sets = flag('jsonl') ? [flag('jsonl') as string] : [...bundledSets(), BLIND].filter((p) => existsSync(p))
  const passing: Record<string, string[]> = {}
  for (const path of sets) passing[path] = evalJsonl(corpus, path)
  if (args.includes('--record')) {
    const own = Object.fromEntries(Object.entries(passing).filter(([path]) => OWN_SETS.includes(path)))
    writeFileSync('tests/questions-passing.json', `${JSON.stringify(own, null, 1)}\n`)
    console.log(`\nwrote tests/questions-passing.json: ${Object.values(own).reduce((n, ids) => n + ids.length, 0)} items npm test holds to`)
  }
}
