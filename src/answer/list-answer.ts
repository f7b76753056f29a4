import type { CorpusIndex } from '../index/corpus-index'
import { numberWord } from '../index/numbers'
import type { QuestionAnalysis } from '../retrieve/analyze-question'
import { citeSentence } from '../retrieve/citation'
import type { RankedSentence } from '../retrieve/rank-sentences'
import type { Answer } from './answer-question'

/** Share of a question a list item's paragraph must hold for the question to be about the whole list. */
const ITEM_COVERAGE = 0.8
/** Items that must answer the question before the list is the answer rather than one item. */
const MIN_ITEMS = 3

/**
 * Answers a broad "why" with the list the article runs through ("First, … Second, … Finally, …"),
 * each item's opening sentence cited, when the best answer is one item of such a list and at least
 * three items answer the question equally well. A question that singles out one item ("why do
 * captured fighters join?") gets that item alone.
 */
export function listAnswer(index: CorpusIndex, analysis: QuestionAnalysis, best: RankedSentence): Answer | undefined {
  if (analysis.type !== 'why' || analysis.terms.length === 0) return undefined
  const doc = index.documentOf(best.sentence.passageId)
  const list = doc.enumerations.find((e) => e.passageIds.includes(best.sentence.passageId))
  if (!list) return undefined
  const answering = list.passageIds.filter((id) => passageCoverage(index, analysis, id) >= ITEM_COVERAGE)
  if (answering.length < MIN_ITEMS) return undefined
  const citations = list.passageIds.map((id) => citeSentence(index, (index.passages.get(id) as { sentences: { id: string }[] }).sentences[0].id))
  const items = citations.map((c, i) => `${c.selector.exact} [${i + 1}]`)
  return { answer: `The article gives ${numberWord(items.length)} reasons. ${items.join(' ')}`, abstained: false, citations }
}

/** How much of the question (idf-weighted) a whole paragraph holds, synonyms counting at their weight. */
function passageCoverage(index: CorpusIndex, analysis: QuestionAnalysis, passageId: string): number {
  const passage = index.passages.get(passageId)
  if (!passage) return 0
  const stems = new Set(passage.sentences.flatMap((s) => index.stemsOf(s.id)))
  let covered = 0
  let total = 0
  for (const term of analysis.terms) {
    total += term.idf
    const weight = stems.has(term.stem) ? 1 : Math.max(0, ...term.expansions.filter(([s]) => stems.has(s)).map(([, w]) => w))
    covered += term.idf * weight
  }
  return total ? covered / total : 0
}
