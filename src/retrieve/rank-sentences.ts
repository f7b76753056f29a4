import type { SearchResult } from 'minisearch'
import type { CorpusIndex } from '../index/corpus-index'
import { fuzziness } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import type { QueryTerm, QuestionAnalysis } from './analyze-question'
import { answerFit } from './answer-fit'

/** A sentence that may answer the question, with the evidence for and against it. */
export interface RankedSentence {
  sentence: Sentence
  score: number
  /** Share of the question's information (idf-weighted) the sentence holds, its passage helping. */
  coverage: number
  /** How well the sentence fits the kind of answer asked for (0 to 1). */
  fit: number
  /** The question's words this sentence (or its passage) matched. */
  matched: string[]
  /** Whether the sentence names the question's focus (see `QuestionAnalysis.focus`) and the people it asks about. */
  focusFound: boolean
}

/** Answer types whose answer must be a thing of that type (a date, a sum, a place): fit weighs more. */
export const TYPED_ANSWERS: ReadonlySet<string> = new Set(['identity', 'date', 'money', 'count', 'percent', 'age', 'duration', 'person', 'place', 'origin', 'destination', 'statement', 'naming', 'measurement'])

/** Words found only elsewhere in the passage count for this much of a match in the sentence. */
const PASSAGE_SHARE = 0.6
/** Added for each pair of informative neighbouring question words that stand side by side in the sentence. */
const PHRASE_BONUS = 0.15
const MIN_PHRASE_IDF = 1
/** How close a match the question's focus needs: its own word, a fuzzy spelling or a curated synonym. */
const FOCUS_MATCH = 0.6
const CANDIDATES = 40

/**
 * Finds the sentences that best answer a question: MiniSearch's BM25 over the question's words and
 * their synonyms (fuzzy for words the article never uses) picks candidates; each is then reranked by
 * how much of the question it and its passage cover and how well it fits the answer type.
 */
export function rankSentences(index: CorpusIndex, analysis: QuestionAnalysis, limit = 5): RankedSentence[] {
  const { terms } = analysis
  if (terms.length === 0) return []
  const weights = new Map<string, number>()
  for (const term of terms) {
    weights.set(term.stem, Math.max(weights.get(term.stem) ?? 0, 1))
    for (const [stem, weight] of term.expansions) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight))
  }
  const unknown = new Set(terms.filter((t) => !t.known && t.expansions.length === 0).map((t) => t.stem))
  const results = index.search.search({ combineWith: 'OR', queries: [...weights.keys()] }, {
    boostTerm: (term) => weights.get(term) ?? 0.5,
    fuzzy: (term) => (unknown.has(term) ? fuzziness(term) : false),
    weights: { fuzzy: 0.6, prefix: 0.5 },
  }).slice(0, CANDIDATES)
  if (results.length === 0) return []

  // How strongly each candidate matches each question word, and the best match in each passage.
  const strength = results.map((r) => terms.map((t) => termMatch(t, r)))
  const passageBest = new Map<string, number[]>()
  const passageIds = results.map((r) => index.passageOf(String(r.id)).id)
  results.forEach((_, i) => {
    const best = passageBest.get(passageIds[i]) ?? terms.map(() => 0)
    strength[i].forEach((v, k) => { best[k] = Math.max(best[k], v) })
    passageBest.set(passageIds[i], best)
  })
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0)
  const typed = TYPED_ANSWERS.has(analysis.answerType)
  const askedPeople = index.artifact.people.filter((p) => analysis.question.toLowerCase().includes(p.toLowerCase()))
  const focus = analysis.focus
  const focusStems = analysis.answerType === 'identity' ? analysis.names.map((n) => n.toLowerCase()) : analysis.counted ?? (focus ? [focus.stem, ...focus.expansions.map(([s]) => s)] : [])
  const top = results[0].score
  const ranked = results.map((r, i) => {
    const sentence = index.sentences.get(String(r.id)) as Sentence
    const nearby = passageBest.get(passageIds[i]) as number[]
    let covered = 0
    const matched: string[] = []
    terms.forEach((term, k) => {
      // Words found only elsewhere in the passage count for part of a match here.
      const best = Math.max(strength[i][k], nearby[k] * PASSAGE_SHARE)
      if (best > 0) matched.push(term.word)
      covered += term.idf * best
    })
    const coverage = covered / totalIdf
    const passage = index.passages.get(sentence.passageId)
    // A caption and its credit line answer together ("who took the photo" is in the credit).
    const unit = passage?.kind === 'caption' ? passage.text : sentence.text
    const fit = cachedFit(index, sentence.id, unit, analysis.answerType, focusStems)
    // The focus must be named by the word or a close synonym; a loose bridge ("religion" to
    // "religious") does not answer "what religion".
    const focusFound = (!analysis.focus || termMatch(analysis.focus, r) >= FOCUS_MATCH) && analysis.focusModifiers.every((t) => termMatch(t, r) >= FOCUS_MATCH)
    // A question about a person is answered by a sentence about that person, by name or by "he";
    // one about a rare name (a place, a group) by a sentence that names it.
    const aboutPerson = askedPeople.every((p) => sentence.text.includes(p) || (r.terms.includes(p.toLowerCase()) && r.match[p.toLowerCase()]?.includes('mentions')))
      && analysis.requiredNames.every((stem) => r.terms.includes(stem))
    const phrases = phraseMatches(terms, index.stemsOf(sentence.id))
    const score = 0.35 * (r.score / top) + 0.45 * coverage + (typed ? 0.8 : 0.3) * fit + PHRASE_BONUS * phrases
    return { sentence, score, coverage, fit, matched, focusFound: focusFound && aboutPerson }
  })
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit)
}

/** How strongly a search result matched one question term: 1 for the word itself, less for a synonym. */
function termMatch(term: QueryTerm, result: SearchResult): number {
  let best = 0
  for (const q of result.queryTerms) {
    if (q === term.stem) best = Math.max(best, result.terms.includes(q) ? 1 : 0.6)
    for (const [stem, weight] of term.expansions) if (q === stem) best = Math.max(best, weight)
  }
  return best
}

/** How many neighbouring pairs of question words ("Syrian members") also stand side by side in the sentence. */
function phraseMatches(terms: QueryTerm[], stems: string[]): number {
  let count = 0
  for (let i = 0; i + 1 < terms.length; i++) {
    // A pair with a near-ubiquitous word ("join ISIS") says nothing a single word does not.
    if (terms[i].idf < MIN_PHRASE_IDF || terms[i + 1].idf < MIN_PHRASE_IDF) continue
    const a = terms[i].stem
    const b = terms[i + 1].stem
    for (let j = 0; j + 1 < stems.length; j++) {
      if (stems[j] === a && stems[j + 1] === b) {
        count++
        break
      }
    }
  }
  return count
}

const fitCache = new WeakMap<CorpusIndex, Map<string, number>>()

/**
 * A sentence's fit for an answer type. It depends only on the sentence and the type, except where
 * the question's focus takes part (who is X, how many Y), so it is computed once per isolate.
 */
function cachedFit(index: CorpusIndex, sentenceId: string, unit: string, type: QuestionAnalysis['answerType'], focus: string[]): number {
  if (type === 'identity' || type === 'count') return answerFit(unit, type, index.artifact.people, focus)
  let cache = fitCache.get(index)
  if (!cache) fitCache.set(index, (cache = new Map()))
  const key = `${type}|${sentenceId}`
  let fit = cache.get(key)
  if (fit === undefined) {
    fit = answerFit(unit, type, index.artifact.people, focus)
    cache.set(key, fit)
  }
  return fit
}
