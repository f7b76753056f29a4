import type { CorpusIndex } from '../index/corpus-index'
import { type QuestionAnalysis, analyzeQuestion } from '../retrieve/analyze-question'
import { type RankedSentence, rankSentences, TYPED_ANSWERS } from '../retrieve/rank-sentences'
import { type Citation, citeSentence } from './citation'

/** A reply to a question: the answer text with `[n]` markers and the citations they point to. */
export interface Answer {
  answer: string
  abstained: boolean
  citations: Citation[]
  /** Why the assistant answered as it did: the answer type it looked for and how sure it is. */
  reasoning?: { answerType: string; coverage: number; fit: number }
}

/** Share of the question's information a passage must hold before its sentence is offered as an answer. */
export const MIN_COVERAGE = 0.5
/** Answers stay short: a second sentence is added only while the answer stays under this many words. */
const MAX_WORDS = 55

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
  const ranked = rankSentences(index, analysis)
  const best = ranked[0]
  if (!best || best.coverage < MIN_COVERAGE || !best.focusFound || (best.fit === 0 && TYPED_ANSWERS.has(analysis.answerType))) {
    return abstain('The article does not say. Nothing in it answers that question.', best, analysis)
  }
  const chosen = [best.sentence.id]
  const next = followingSentence(index, best)
  if (next && wordCount(best.sentence.text) + wordCount(next.text) <= MAX_WORDS) chosen.push(next.id)
  const citation = citeSentence(index, chosen[0])
  if (chosen.length > 1) {
    const last = index.sentences.get(chosen[1])
    if (last) citation.end = last.end
    citation.selector.exact = index.documentOf(citation.id).text.slice(citation.start, citation.end)
  }
  return {
    answer: `${citation.selector.exact} [1]`,
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
    return index.search.search(term.stem, { fuzzy: 0.2 }).length === 0
  })
}

/** The next sentence of the passage when the best one does not stand alone (it ends in a colon, or the next starts with a pronoun). */
function followingSentence(index: CorpusIndex, best: RankedSentence) {
  const passage = index.passageOf(best.sentence.id)
  const i = passage.sentences.findIndex((s) => s.id === best.sentence.id)
  const next = passage.sentences[i + 1]
  if (!next) return undefined
  const leans = /[:]$/.test(best.sentence.text) || /^(?:He|She|They|This|These|It|Those)\b/.test(next.text) && wordCount(best.sentence.text) < 14
  return leans ? next : undefined
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
