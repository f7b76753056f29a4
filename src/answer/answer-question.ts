import type { CorpusIndex } from '../index/corpus-index'
import { type QuestionAnalysis, analyzeQuestion } from '../retrieve/analyze-question'
import { type RankedSentence, rankSentences, TYPED_ANSWERS } from '../retrieve/rank-sentences'
import { fuzziness } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import type { NumericAnswer } from '../rules/answer-numeric'
import { type Citation, citeSentence, citeSpan } from '../retrieve/citation'
import { listAnswer } from './list-answer'

/** A reply to a question: the answer text with `[n]` markers and the citations they point to. */
export interface Answer {
  answer: string
  abstained: boolean
  citations: Citation[]
  /** Why the assistant answered as it did: the answer type it looked for and how sure it is. */
  reasoning?: { answerType: string; coverage: number; fit: number }
  /** For numeric questions: the derivation, its value and the cited operands. */
  computation?: NumericAnswer['computation']
}

/** How many ranked sentences are considered before the inadmissible ones are dropped. */
const CANDIDATES = 10
/** Share of the question's information a passage must hold before its sentence is offered as an answer. */
export const MIN_COVERAGE = 0.4
/** Answers stay short: a second sentence is added only while the answer stays under this many words. */
const MAX_WORDS = 70
/** A runner-up from the same passage joins the answer when it scores at least this share of the best. */
const RUNNER_UP_SHARE = 0.8

/**
 * Answers a question from the article: the sentence that best answers it (and the next one when the
 * first leans on it), each cited; or an abstention that says what is missing.
 *
 * @example answerQuestion(index, 'Where was Ammar from?').answer // => 'A former law student from … Deir Ezzor, … [1]'
 */
export function answerQuestion(index: CorpusIndex, question: string): Answer {
  const analysis = analyzeQuestion(index, question)
  const missing = unknownNames(index, analysis)
  if (missing.length) return abstain(`The article does not mention ${missing.join(' or ')}, so it cannot answer that.`)
  // "What year did the civil war end?": a "when" question ends on its event; when the article never
  // uses that word (nor any synonym), it does not tell of that event.
  const lastWord = analysis.terms.at(-1)
  if (lastWord && analysis.answerType === 'date' && !lastWord.known && lastWord.expansions.length === 0 && !analysis.names.some((n) => n.toLowerCase() === lastWord.word)) {
    return abstain('The article does not say. Nothing in it answers that question.')
  }
  const candidates = rankSentences(index, analysis, CANDIDATES)
  // Only a sentence that covers the question, names its focus and is the right kind of answer may answer.
  const ranked = candidates.filter((r) => r.coverage >= MIN_COVERAGE && r.focusFound && (r.fit > 0 || !TYPED_ANSWERS.has(analysis.answerType)))
  const best = ranked[0]
  if (!best) return abstain('The article does not say. Nothing in it answers that question.', candidates[0], analysis)
  const list = listAnswer(index, analysis, best)
  if (list) return { ...list, reasoning: { answerType: analysis.answerType, coverage: round(best.coverage), fit: best.fit } }
  const sentences = chooseSentences(index, ranked, analysis.answerType)
  const first = sentences[0]
  const last = sentences.at(-1) as Sentence
  const citation = sentences.length === 1 ? citeSentence(index, first.id) : citeSpan(index, first.passageId, first.start, last.end)
  const passage = index.passageOf(sentences[0].id)
  const credit = passage.credit && !sentences.some((s) => s.text === passage.credit) ? ` (Photo: ${passage.credit})` : ''
  const text = sentences.map((s) => s.text).join(' ')
  return {
    answer: `${text}${credit} [1]`,
    abstained: false,
    citations: [citation],
    reasoning: { answerType: analysis.answerType, coverage: round(best.coverage), fit: best.fit },
  }
}

function abstain(message: string, best?: RankedSentence, analysis?: QuestionAnalysis): Answer {
  return {
    answer: message,
    abstained: true,
    citations: [],
    reasoning: analysis && best ? { answerType: analysis.answerType, coverage: round(best.coverage), fit: best.fit } : undefined,
  }
}

/** Names in the question that the article never uses (nor anything spelled close to them). */
function unknownNames(index: CorpusIndex, analysis: QuestionAnalysis): string[] {
  return analysis.names.filter((name) => {
    const term = analysis.terms.find((t) => t.word === name.toLowerCase().replace(/'s$/, ''))
    if (!term || term.known || term.expansions.length) return false
    return index.search.search(term.stem, { fuzzy: fuzziness(term.stem) }).length === 0
  })
}

/**
 * The sentences that make the answer, in reading order: the best one; the one before it when the
 * best leans on it ("as ISIS calls them", "He turned…"); and a close runner-up from the same passage
 * (a "why" often takes two sentences), as long as the answer stays short.
 */
function chooseSentences(index: CorpusIndex, ranked: RankedSentence[], answerType: string): Sentence[] {
  const best = ranked[0]
  const passage = index.passageOf(best.sentence.id)
  const at = passage.sentences.findIndex((s) => s.id === best.sentence.id)
  const chosen = new Set([at])
  let words = wordCount(best.sentence.text)
  const add = (i: number) => {
    const sentence = passage.sentences[i]
    if (!sentence || chosen.has(i) || words + wordCount(sentence.text) > MAX_WORDS) return
    chosen.add(i)
    words += wordCount(sentence.text)
  }
  const opening = best.sentence.text.split(/\s+/).slice(0, 12).join(' ')
  if (/\b(?:them|they|these|those|this|it|he|she|his|her)\b/i.test(opening) && !index.artifact.people.some((p) => opening.includes(p))) add(at - 1)
  // A description or reason often goes on in the next sentence, which refers back to this one
  // ("… child soldiers. The “cubs of the Caliphate,” as ISIS calls them, are cheaper …").
  const next = passage.sentences[at + 1]
  if (next && !TYPED_ANSWERS.has(answerType) && /\b(?:them|they|these|those|this|such)\b/i.test(next.text.split(/\s+/).slice(0, 10).join(' ')) && !index.artifact.people.some((p) => next.text.startsWith(p))) add(at + 1)
  // A date, a sum or a name is one fact: only descriptions and reasons take a second sentence.
  const runnerUp = TYPED_ANSWERS.has(answerType) ? undefined : ranked.slice(1).find((r) => r.sentence.passageId === passage.id)
  if (runnerUp && runnerUp.score >= RUNNER_UP_SHARE * best.score && runnerUp.coverage >= MIN_COVERAGE) {
    add(passage.sentences.findIndex((s) => s.id === runnerUp.sentence.id))
  }
  return [...chosen].sort((a, b) => a - b).map((i) => passage.sentences[i])
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
