import type { CorpusIndex } from '../index/corpus-index'
import { fuzziness, isContentWord, tokenize } from '../index/tokenize'
import type { Passage } from '../ingest/types'

/** A passage found by a search, with a snippet to show and where the matched words stand in it. */
export interface PassageHit {
  passage: Passage
  score: number
  /** The best-matching sentence (cut to about 40 words around the first match). */
  snippet: { text: string; start: number; end: number }
  /** Ranges `[start, end)` of matched words, relative to `snippet.text`. */
  highlights: [number, number][]
  /** The id of the sentence the snippet comes from. */
  sentenceId?: string
  /** Other sentences of the passage that match, in reading order, each with its own snippet. */
  subResults: { sentenceId: string; snippet: PassageHit['snippet']; highlights: [number, number][] }[]
}

const SNIPPET_WORDS = 40
/** Sub-results listed under a passage, at most: enough to show it matches in several places. */
const MAX_SUB_RESULTS = 3
/** A search box query longer than this many words is cut: nobody types more, and each word costs. */
const MAX_QUERY_WORDS = 40

/**
 * Searches passages for a keyword query as a reader types it: each word and its synonyms, the last
 * word also as a prefix ("defec" finds "defectors"), typos tolerated on longer words. Sentence hits
 * add up to their passage's score.
 *
 * @example searchPassages(index, 'salary', 5)[0].passage.id // => 'quitting-isis:p8'
 */
export function searchPassages(index: CorpusIndex, query: string, limit: number): PassageHit[] {
  const words = tokenize(query).filter((t) => isContentWord(t.word) || /^\d+$/.test(t.word)).slice(0, MAX_QUERY_WORDS)
  if (words.length === 0) return []
  const weights = new Map<string, number>()
  for (const w of words) {
    weights.set(w.stem, 1)
    for (const [stem, weight] of index.synonyms.get(w.stem) ?? []) if (!weights.has(stem)) weights.set(stem, weight * 0.8)
  }
  const lastStem = words.at(-1)?.stem
  const results = index.search.search({ combineWith: 'OR', queries: [...weights.keys()] }, {
    boostTerm: (term) => weights.get(term) ?? 0.5,
    prefix: (term) => term === lastStem && term.length >= 3,
    fuzzy: (term) => fuzziness(term, index.frequency),
  })
  const byPassage = new Map<string, { score: number; best: (typeof results)[number]; others: (typeof results)[number][] }>()
  for (const r of results) {
    const passage = index.passageOf(String(r.id))
    const entry = byPassage.get(passage.id)
    if (!entry) byPassage.set(passage.id, { score: r.score, best: r, others: [] })
    else {
      entry.score += r.score * 0.5
      entry.others.push(r)
    }
  }
  return [...byPassage.entries()]
    .sort((a, b) => b[1].score - a[1].score)
    .slice(0, limit)
    .map(([id, { score, best, others }]) => {
      const passage = index.passages.get(id) as Passage
      const sentence = index.sentences.get(String(best.id))
      const doc = index.documentOf(id)
      const base = sentence ?? passage
      return { passage, score: Math.round(score * 1000) / 1000, sentenceId: sentence?.id, ...snippetOf(doc.text, base.start, base.end, new Set(best.terms)), subResults: subResultsOf(index, doc.text, others) }
    })
}

/**
 * The best few other sentence hits of a passage, in reading order. A sentence that matched only
 * through what it mentions (not its own words) has nothing to highlight and is left out.
 */
function subResultsOf(index: CorpusIndex, text: string, hits: { id: unknown; terms: string[]; match: Record<string, string[]> }[]): PassageHit['subResults'] {
  const found: (PassageHit['subResults'][number] & { start: number })[] = []
  for (const hit of hits) {
    // Checked first because it is cheap: a match in the sentence's own words ('text'), not only in what it mentions.
    if (!Object.values(hit.match).some((fields) => fields.includes('text'))) continue
    const sentence = index.sentences.get(String(hit.id))
    if (!sentence) continue
    const sub = snippetOf(text, sentence.start, sentence.end, new Set(hit.terms))
    if (sub.highlights.length) found.push({ sentenceId: sentence.id, start: sentence.start, ...sub })
    if (found.length === MAX_SUB_RESULTS) break
  }
  return found.sort((a, b) => a.start - b.start).map(({ sentenceId, snippet, highlights }) => ({ sentenceId, snippet, highlights }))
}

/** Cuts a sentence to a window of words around its first match and lists the matches within it. */
function snippetOf(text: string, start: number, end: number, terms: ReadonlySet<string>) {
  const sentence = text.slice(start, end)
  const tokens = tokenize(sentence)
  const first = Math.max(0, tokens.findIndex((t) => terms.has(t.stem)))
  const from = Math.max(0, Math.min(first - 10, tokens.length - SNIPPET_WORDS))
  const to = Math.min(tokens.length, from + SNIPPET_WORDS)
  const cutStart = from === 0 ? 0 : tokens[from].start
  const cutEnd = to >= tokens.length ? sentence.length : tokens[to - 1].end
  const snippetText = `${from > 0 ? '…' : ''}${sentence.slice(cutStart, cutEnd)}${to < tokens.length ? '…' : ''}`
  const shift = from > 0 ? 1 - cutStart : -cutStart
  const highlights = tokens.slice(from, to).filter((t) => terms.has(t.stem)).map((t): [number, number] => [t.start + shift, t.end + shift])
  return { snippet: { text: snippetText, start: start + cutStart, end: start + cutEnd }, highlights }
}
