import type { CorpusIndex } from '../index/corpus-index'
import { fuzziness } from '../index/tokenize'
import { QUESTION_TYPES, type QuestionAnalysis, termOfName } from './analyze-question'
import type { RankedSentence } from './rank-sentences'
import { CLASSES, FEATURE_NAMES, PRICE_STEMS, statesMoney } from './sentence-features'

/** Features of the best sentence that say whether it really answers: copied into the confidence features. */
const FROM_BEST = ['coverExact', 'coverPassage', 'nameCover', 'bigrams', 'longestRun', 'headNoun'] as const

const FEATURE_AT = new Map(FEATURE_NAMES.map((name, i) => [name, i]))
/** The ranker features that belong to each question type ("when:Y", "when:Y:near", …). */
const TYPE_FEATURES = new Map(QUESTION_TYPES.map((t) => [t, FEATURE_NAMES.flatMap((name, i) => (name.startsWith(`${t}:`) ? [i] : []))]))

/** The names of the confidence model's inputs, in order: what data/ranker.json's `confidence` weights are keyed by. */
export const CONFIDENCE_FEATURES: readonly string[] = [
  'bias', 'topProbability', 'margin', 'unknownShare', 'unknownName', 'coverSemantic', 'typeEvidence',
  'missingIdf', 'missingPassageIdf', 'missingNumber', 'missingName', 'terms',
  ...FROM_BEST.map((f) => `best:${f}`),
  ...QUESTION_TYPES.map((t) => `type:${t}`),
  // Whether the best sentence holds a new thing of each kind, per question type: "how many" without a number.
  ...QUESTION_TYPES.flatMap((t) => CLASSES.map((c) => `best:${t}:${c}`)),
]


const CONFIDENCE_AT = new Map(CONFIDENCE_FEATURES.map((name, i) => [name, i]))

/**
 * What decides whether to answer at all: how sure the ranker is of its best sentence (its share of
 * the probability, its lead over the next), how much of the question that sentence holds, and how
 * much of the question the article never speaks of (words it does not use, names it does not know).
 */
export function confidenceFeatures(index: CorpusIndex, analysis: QuestionAnalysis, ranked: readonly RankedSentence[], weights = index.artifact.model.ranker): Float64Array {
  const f = new Float64Array(CONFIDENCE_FEATURES.length)
  const set = (name: string, value: number) => { f[CONFIDENCE_AT.get(name) as number] = value }
  set('bias', 1)
  const [best, second] = ranked
  set('topProbability', best?.probability ?? 0)
  set('margin', best && second ? Math.min(5, best.score - second.score) : best ? 5 : 0)
  const total = analysis.terms.reduce((s, t) => s + t.idf, 0) || 1
  const unknown = analysis.terms.filter((t) => !t.known && t.expansions.length === 0 && t.similar.length === 0)
  set('unknownShare', unknown.reduce((s, t) => s + t.idf, 0) / total)
  // A name the article never uses, nor anything spelled close to it ("Peshmerga" in an article without them).
  const unknownName = analysis.names.some((name) => {
    const term = termOfName(analysis, name)
    return term !== undefined && !term.known && index.search.search(term.stem, { fuzzy: fuzziness(term.stem) }).length === 0
  })
  set('unknownName', unknownName ? 1 : 0)
  set('terms', Math.log1p(analysis.terms.length))
  set(`type:${analysis.type}`, 1)
  if (!best) return f
  for (const name of FROM_BEST) set(`best:${name}`, best.features[FEATURE_AT.get(name) as number])
  for (const c of CLASSES) set(`best:${analysis.type}:${c}`, best.features[FEATURE_AT.get(`${analysis.type}:${c}`) as number])
  set('coverSemantic', best.features[FEATURE_AT.get('coverSemantic') as number])
  // How much of the best sentence's score comes from holding the kind of thing the question asks for
  // ("how many" and a number, "when" and a date), as the ranker weighs it.
  let typeEvidence = 0
  for (const i of TYPE_FEATURES.get(analysis.type) ?? []) if (Object.hasOwn(weights, FEATURE_NAMES[i])) typeEvidence += weights[FEATURE_NAMES[i]] * best.features[i]
  set('typeEvidence', typeEvidence)
  // The rarest of the question's words that the sentence, or its whole passage, never matches.
  const sentence = new Set([...index.stemsOf(best.sentence.id), ...index.impliedStemsOf(best.sentence.id)])
  const passage = index.passageStems(index.passageOf(best.sentence.id).id)
  const matches = (t: QuestionAnalysis['terms'][number], stems: ReadonlySet<string>) => stems.has(t.stem) || t.expansions.some(([s]) => stems.has(s)) || t.similar.some(([s]) => stems.has(s))
  // "How much did the stadium cost?" is answered by "The $1.2 billion stadium…", which never says "cost".
  const priced = statesMoney(index, best.sentence.id)
  const missing = (t: QuestionAnalysis['terms'][number], stems: ReadonlySet<string>) => !matches(t, stems) && !(priced && PRICE_STEMS.has(t.stem))
  set('missingIdf', Math.max(0, ...analysis.terms.filter((t) => missing(t, sentence)).map((t) => t.idf)))
  set('missingPassageIdf', Math.max(0, ...analysis.terms.filter((t) => missing(t, passage)).map((t) => t.idf)))
  set('missingNumber', analysis.terms.some((t) => /^\d/.test(t.word) && !passage.has(t.stem)) ? 1 : 0)
  const names = analysis.names.map((n) => termOfName(analysis, n)).filter((t) => t !== undefined)
  set('missingName', names.length ? names.filter((t) => !matches(t, passage)).length / names.length : 0)
  return f
}

/** The probability that the best sentence answers the question, by the fitted confidence model. */
export function answerConfidence(index: CorpusIndex, analysis: QuestionAnalysis, ranked: readonly RankedSentence[]): number {
  const weights = index.artifact.model.confidence
  const f = confidenceFeatures(index, analysis, ranked)
  let z = 0
  CONFIDENCE_FEATURES.forEach((name, i) => { if (Object.hasOwn(weights, name)) z += weights[name] * f[i] })
  return 1 / (1 + Math.exp(-z))
}
