import type { CorpusIndex } from '../index/corpus-index'
import { foldForMatch } from '../index/normalize'
import { CARDINALS } from '../index/numbers'
import { americanSpelling, fuzziness, isContentWord, stem } from '../index/tokenize'
import type { Quotation, Sentence } from '../ingest/types'

/** Where a quote stands in the corpus, and how closely the article's words match it. */
export interface QuoteMatch {
  passageId: string
  /** Offsets of the matched words in the document text. */
  start: number
  end: number
  /** 1 for the article's exact words; less for a misremembered, respelled or reordered quote. */
  score: number
  kind: 'exact' | 'approximate'
  /** Who the article attributes the words to, when they stand inside an attributed quotation. */
  speaker?: string
}

/** The smallest score an approximate match needs: below it, the quote is not in the article. */
export const MIN_QUOTE_SCORE = 0.75
/** Share of the quote's content words the article must hold: one in four may be misremembered. */
const MIN_RECALL = 0.75

interface Word {
  canonical: string
  stem: string
  start: number
  end: number
}

/**
 * Finds a quote in the corpus: first the exact words (case, quotes, dashes and spelling variants such
 * as "per cent" or "-ise" folded), then the passage span that holds most of its content words in
 * order, tolerating a misspelled word or one swapped for a synonym. A quote that matches nothing well enough gives
 * no match at all rather than a weak one.
 *
 * @example findQuote(index, 'eighty per cent of ISIS members are bad guys')[0].speaker // => 'Hossam'
 */
export function findQuote(index: CorpusIndex, quote: string, limit = 3): QuoteMatch[] {
  const query = canonicalWords(quote, 0)
  if (query.length === 0) return []
  const matches: QuoteMatch[] = []
  const add = (passageId: string, match: Omit<QuoteMatch, 'passageId'> | undefined) => {
    if (match) matches.push({ passageId, ...match, speaker: speakerOf(index.quotations, passageId, match.start, match.end) })
  }
  const windows = candidateWindows(index, query)
  // Exact words are sought over whole passages: a long quote runs across as many sentences as it holds.
  const exactIn = new Set<string>()
  for (const passageId of new Set(windows.map(([first]) => first.passageId))) {
    const match = exactMatch(query, passageWords(index, passageId))
    if (match) exactIn.add(passageId)
    add(passageId, match)
  }
  const wholePassages = new Set<string>()
  for (const [first, last] of windows) {
    if (exactIn.has(first.passageId)) continue
    let words = [...wordsOf(index, first.id), ...(last === first ? [] : wordsOf(index, last.id))]
    // A quote longer than the window cannot fit in it: compare it with the whole passage, once.
    if (query.length > words.length) {
      if (wholePassages.has(first.passageId)) continue
      wholePassages.add(first.passageId)
      words = passageWords(index, first.passageId)
    }
    add(first.passageId, approximateMatch(query, words, index.artifact.synonyms))
  }
  return dedupe(matches.sort((a, b) => b.score - a.score || a.end - a.start - (b.end - b.start))).slice(0, limit)
}

/** Sentences the index proposes for a quote before the word-by-word comparison. */
const CANDIDATE_SENTENCES = 12

/**
 * The windows worth comparing word by word: the sentences the index finds for the quote's words
 * (typos tolerated), each alone and with its next sentence, since a quote may run across a break.
 */
function candidateWindows(index: CorpusIndex, query: Word[]): [Sentence, Sentence][] {
  const terms = [...new Set(query.filter((w) => isContentWord(w.canonical)).map((w) => w.stem))]
  if (terms.length === 0) return []
  const hits = index.search.search({ combineWith: 'OR', queries: terms }, { fuzzy: (t) => (fuzziness(t, index.artifact.sentenceFrequency) ? 1 : false), fields: ['text'] }).slice(0, CANDIDATE_SENTENCES)
  const windows: [Sentence, Sentence][] = []
  for (const hit of hits) {
    const sentence = index.sentences.get(String(hit.id)) as Sentence
    const passage = index.passageOf(sentence.id)
    const at = passage.sentences.findIndex((s) => s.id === sentence.id)
    windows.push([sentence, sentence])
    if (passage.sentences[at + 1]) windows.push([sentence, passage.sentences[at + 1]])
    if (passage.sentences[at - 1]) windows.push([passage.sentences[at - 1], sentence])
  }
  return windows
}

const canonicalCache = new WeakMap<CorpusIndex, Map<string, Word[]>>()

/** A sentence's words in canonical form, computed once per sentence and kept for the isolate's life. */
function wordsOf(index: CorpusIndex, sentenceId: string): Word[] {
  let cache = canonicalCache.get(index)
  if (!cache) canonicalCache.set(index, (cache = new Map()))
  let words = cache.get(sentenceId)
  if (!words) {
    const sentence = index.sentences.get(sentenceId) as Sentence
    words = canonicalWords(sentence.text, sentence.start)
    cache.set(sentenceId, words)
  }
  return words
}

/** A passage's words in canonical form, in order. */
function passageWords(index: CorpusIndex, passageId: string): Word[] {
  return (index.passages.get(passageId)?.sentences ?? []).flatMap((s) => wordsOf(index, s.id))
}

function exactMatch(query: Word[], words: Word[]): Omit<QuoteMatch, 'passageId'> | undefined {
  outer: for (let i = 0; i + query.length <= words.length; i++) {
    for (let j = 0; j < query.length; j++) if (words[i + j].canonical !== query[j].canonical) continue outer
    return { start: words[i].start, end: words[i + query.length - 1].end, score: 1, kind: 'exact' }
  }
  return undefined
}

/**
 * Scores a window by the quote's content words it holds in the same order (longest common
 * subsequence over stems, one typo allowed per long word), and returns the span from the first to
 * the last matched word.
 */
function approximateMatch(query: Word[], words: Word[], synonyms: Synonyms): Omit<QuoteMatch, 'passageId'> | undefined {
  const q = query.filter((w) => isContentWord(w.canonical))
  const d = words.filter((w) => isContentWord(w.canonical))
  if (q.length < 2 || d.length === 0) return undefined
  // LCS table over content words, remembering the matched document words.
  const table: number[][] = Array.from({ length: q.length + 1 }, () => new Array<number>(d.length + 1).fill(0))
  for (let i = 1; i <= q.length; i++) {
    for (let j = 1; j <= d.length; j++) {
      table[i][j] = sameWord(q[i - 1], d[j - 1], synonyms) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1])
    }
  }
  const matched: Word[] = []
  for (let i = q.length, j = d.length; i > 0 && j > 0;) {
    if (sameWord(q[i - 1], d[j - 1], synonyms) && table[i][j] === table[i - 1][j - 1] + 1) {
      matched.unshift(d[j - 1])
      i--
      j--
    } else if (table[i - 1][j] >= table[i][j - 1]) i--
    else j--
  }
  if (matched.length < 2) return undefined
  const recall = matched.length / q.length
  const span = d.indexOf(matched.at(-1) as Word) - d.indexOf(matched[0]) + 1
  const density = matched.length / span
  const score = Math.round((0.85 * recall + 0.15 * density) * 100) / 100
  if (recall < MIN_RECALL || score < MIN_QUOTE_SCORE) return undefined
  return { start: matched[0].start, end: (matched.at(-1) as Word).end, score: Math.min(score, 0.99), kind: 'approximate' }
}

type Synonyms = CorpusIndex['artifact']['synonyms']

/** The same word: same stem, one typo apart, or a synonym (a misremembered quote swaps "wrong" for "incorrect"). */
function sameWord(a: Word, b: Word, synonyms: Synonyms): boolean {
  return a.stem === b.stem || (a.canonical.length >= 5 && b.canonical.length >= 5 && withinOneEdit(a.canonical, b.canonical)) ||
    (Object.hasOwn(synonyms, a.stem) && synonyms[a.stem].some(([s]) => s === b.stem))
}

/** Words of a text in a canonical spelling: folded, American spelling, "per cent" as "percent", numbers as digits. */
function canonicalWords(text: string, offset: number): Word[] {
  const folded = foldForMatch(text)
  const words: Word[] = []
  for (const m of folded.matchAll(/[a-z0-9]+(?:['.][a-z0-9]+)*/g)) {
    const canonical = americanSpelling(Object.hasOwn(CARDINALS, m[0]) ? String(CARDINALS[m[0]]) : m[0].replace(/'s$/, '').replace(/['.]/g, ''))
    const previous = words.at(-1)
    if (canonical === 'cent' && previous?.canonical === 'per') {
      previous.canonical = 'percent'
      previous.stem = 'percent'
      previous.end = offset + m.index + m[0].length
      continue
    }
    words.push({ canonical, stem: stem(canonical), start: offset + m.index, end: offset + m.index + m[0].length })
  }
  return words
}


/** True when two words differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/** The speaker of the attributed quotation a span stands inside, if any. */
function speakerOf(quotations: Quotation[], passageId: string, start: number, end: number): string | undefined {
  return quotations.find((q) => q.passageId === passageId && q.start <= start && end <= q.end + 1)?.speaker
}

/** One match per place: overlapping spans (a sentence and the pair that contains it) keep the best. */
function dedupe(matches: QuoteMatch[]): QuoteMatch[] {
  const kept: QuoteMatch[] = []
  for (const m of matches) {
    if (!kept.some((k) => k.passageId === m.passageId && k.start < m.end && m.start < k.end)) kept.push(m)
  }
  return kept
}
