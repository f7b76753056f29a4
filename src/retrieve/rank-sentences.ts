import type { CorpusIndex } from '../index/corpus-index'
import type { RankerModel } from '../index/ranker-model'
import { fuzziness } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import type { QuestionAnalysis } from './analyze-question'
import { activeFeatures, type Candidate, FEATURE_NAMES, sentenceFeatures } from './sentence-features'
import { treeScorer } from './trees'

/** A sentence that may answer the question, with the model's score and its share of the question's probability. */
export interface RankedSentence {
  sentence: Sentence
  /** The fitted linear score. */
  score: number
  /** Softmax of the scores over the candidates: how sure the ranker is this is the sentence. */
  probability: number
  features: Float64Array
}

/** Sentences the search proposes before the model reranks them (a right sentence is among them for most questions). */
export const CANDIDATES = 40

/**
 * Proposes candidate sentences: MiniSearch's BM25 over the question's words and their expansions
 * (fuzzy for words the article never uses, so typos still find their word).
 */
export function candidateSentences(index: CorpusIndex, analysis: QuestionAnalysis, limit = CANDIDATES): Candidate[] {
  const weights = new Map<string, number>()
  for (const term of analysis.terms) {
    weights.set(term.stem, Math.max(weights.get(term.stem) ?? 0, 1))
    for (const [stem, weight] of term.expansions) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight))
  }
  if (weights.size === 0) return []
  const unknown = new Set(analysis.terms.filter((t) => !t.known).map((t) => t.stem))
  const results = index.search.search({ combineWith: 'OR', queries: [...weights.keys()] }, {
    boostTerm: (term) => weights.get(term) ?? 0.5,
    fuzzy: (term) => (unknown.has(term) ? fuzziness(term) : false),
    weights: { fuzzy: 0.6, prefix: 0.5 },
  })
  const candidates = results.slice(0, limit).map((r, rank) => ({ id: String(r.id), bm25: r.score, rank }))
  // A sentence may answer without repeating the question's words ("The game was played on…"): the
  // best passages' other sentences are candidates too, the features judge them by their passage.
  const scoreOf = new Map(results.map((r) => [String(r.id), r.score]))
  const byPassage = new Map<string, number>()
  for (const r of results.slice(0, limit)) {
    const passage = index.passageOf(String(r.id)).id
    byPassage.set(passage, (byPassage.get(passage) ?? 0) + r.score)
  }
  const seen = new Set(candidates.map((c) => c.id))
  for (const [passageId] of [...byPassage].sort((a, b) => b[1] - a[1]).slice(0, PASSAGES)) {
    for (const sentence of index.passages.get(passageId)?.sentences ?? []) {
      if (!seen.has(sentence.id)) candidates.push({ id: sentence.id, bm25: scoreOf.get(sentence.id) ?? 0, rank: limit })
      seen.add(sentence.id)
    }
  }
  return candidates
}

/** Passages whose every sentence is a candidate. */
const PASSAGES = 3

/** The model's weights as a vector in `FEATURE_NAMES` order (a feature the model does not know weighs 0). */
const weightVectors = new WeakMap<Record<string, number>, Float64Array>()
function weightsOf(model: Record<string, number>): Float64Array {
  let w = weightVectors.get(model)
  if (!w) {
    w = Float64Array.from(FEATURE_NAMES, (name) => (Object.hasOwn(model, name) ? model[name] : 0))
    weightVectors.set(model, w)
  }
  return w
}

/**
 * Adds the model's boosted trees to the scores of the best `treeTop` candidates by the linear score;
 * `featuresOf(j)` gives candidate j's features (only those candidates' are asked for).
 */
export function addTrees(model: Pick<RankerModel, 'trees' | 'treeTop'>, featuresOf: (j: number) => ArrayLike<number>, scores: number[]): void {
  if (!model.trees?.length) return
  const score = treeScorer(model.trees, FEATURE_NAMES)
  const top = scores.map((_, j) => j).sort((a, b) => scores[b] - scores[a]).slice(0, model.treeTop ?? scores.length)
  for (const j of top) scores[j] += score(featuresOf(j))
}

/**
 * Ranks the candidate sentences for a question by the fitted model (data/ranker.json): best first,
 * each with its softmax probability among the candidates. `context`: the passages the conversation's
 * last answer quoted, which a follow-up most likely asks about.
 */
export function rankSentences(index: CorpusIndex, analysis: QuestionAnalysis, context?: ReadonlySet<string>): RankedSentence[] {
  const candidates = candidateSentences(index, analysis)
  if (candidates.length === 0) return []
  const features = sentenceFeatures(index, analysis, candidates)
  const w = weightsOf(index.artifact.model.ranker)
  const bonus = context?.size ? index.artifact.model.followUpBonus ?? 0 : 0
  const active = activeFeatures(analysis.type)
  const scores = features.map((f, k) => {
    let sum = 0
    for (let a = 0; a < active.length; a++) sum += f[active[a]] * w[active[a]]
    // In a conversation, a follow-up most often asks about the passage the last answer quoted.
    return bonus && context?.has(index.passageOf(candidates[k].id).id) ? sum + bonus : sum
  })
  addTrees(index.artifact.model, (j) => features[j], scores)
  const max = Math.max(...scores)
  const exp = scores.map((s) => Math.exp(s - max))
  const total = exp.reduce((a, b) => a + b, 0)
  return candidates
    .map((c, i) => ({ sentence: index.sentences.get(c.id) as Sentence, score: scores[i], probability: exp[i] / total, features: features[i] }))
    .sort((a, b) => b.score - a.score)
}
