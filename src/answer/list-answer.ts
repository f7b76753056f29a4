import type { CorpusIndex } from '../index/corpus-index'
import { numberWord } from '../index/numbers'
import { stem } from '../index/tokenize'
import type { Enumeration } from '../ingest/enumerations'
import type { Sentence } from '../ingest/types'
import type { QuestionAnalysis } from '../retrieve/analyze-question'
import { citeSentence } from '../retrieve/citation'
import type { RankedSentence } from '../retrieve/rank-sentences'
import type { Answer } from './answer-question'

/** Share of a question a list item's paragraph must hold for the question to be about the whole list. */
const ITEM_COVERAGE = 0.8
/** Share of a question a list item's opening sentence must hold to count as one of the list's answers. */
const OPENING_COVERAGE = 0.5
/** Items that must answer the question before the list is the answer rather than one item. */
const MIN_ITEMS = 3

/**
 * Answers a broad "why" with the list the article runs through ("First, … Second, … Finally, …"),
 * each item's opening sentence cited, when at least three items answer the question equally well: the
 * list the best answer is an item of, or else the list whose items' openings speak of the question
 * ("Why are Syrians leaving ISIS?" when the article's list of reasons for defecting opens "For one,
 * some seem to be deserting…"). A question that singles out one item ("why do captured fighters
 * join?") gets that item alone, and one about a person ("Why did Ammar leave?") that person's reason.
 */
export function listAnswer(index: CorpusIndex, analysis: QuestionAnalysis, best: RankedSentence): Answer | undefined {
  if (analysis.type !== 'why' || analysis.terms.length === 0) return undefined
  const doc = index.documentOf(best.sentence.passageId)
  const own = doc.enumerations.find((e) => e.passageIds.includes(best.sentence.passageId))
  // The best answer is one item of a list: the list answers only if its items answer alike; else that
  // item does ("Why are Syrians defecting because of salaries?").
  const answering = own ? own.passageIds.filter((id) => coverage(index, analysis, index.passageStems(id)) >= ITEM_COVERAGE) : []
  const list = own ? (answering.length >= MIN_ITEMS ? own : undefined) : listAbout(index, analysis)
  if (!list) return undefined
  const citations = list.passageIds.map((id) => citeSentence(index, openingOf(index, id).id))
  const items = citations.map((c, i) => `${c.selector.exact} [${i + 1}]`)
  return { answer: `The article gives ${numberWord(items.length)} reasons. ${items.join(' ')}`, abstained: false, citations }
}

/**
 * The list of the article whose items' opening sentences answer a "why" about no one in particular:
 * three or more of them hold most of the question, and more of it than any other list's do.
 */
export function listAbout(index: CorpusIndex, analysis: QuestionAnalysis): Enumeration | undefined {
  if (analysis.type !== 'why' || analysis.terms.length === 0) return undefined
  if (namesPerson(index, analysis)) return undefined
  let chosen: Enumeration | undefined
  let bestMean = 0
  for (const doc of index.documents.values()) {
    for (const list of doc.enumerations) {
      const covered = list.passageIds.map((id) => coverage(index, analysis, new Set(index.stemsOf(openingOf(index, id).id))))
      const mean = covered.reduce((a, b) => a + b, 0) / covered.length
      if (covered.filter((c) => c >= OPENING_COVERAGE).length >= MIN_ITEMS && mean > bestMean) [chosen, bestMean] = [list, mean]
    }
  }
  return chosen
}

/**
 * The sentence that leads into a list: the last of the paragraph before its first item, in the same
 * part; not a heading ("## Why the mills closed") nor a quotation closing the story before.
 */
export function leadInOf(index: CorpusIndex, list: Enumeration): Sentence | undefined {
  const first = index.passages.get(list.passageIds[0])
  if (!first) return undefined
  const doc = index.documentOf(first.id)
  const before = doc.passages[doc.passages.findIndex((p) => p.id === first.id) - 1]
  const lead = before && before.kind === 'paragraph' && before.part === first.part ? before.sentences.at(-1) : undefined
  return lead && !/^\s*(?:#|["“'‘])/.test(lead.text) && !/["”]\s*$|\bsaid\.?$/.test(lead.text) ? lead : undefined
}

/**
 * Whether a question names one of the article's people: a name as the reader wrote it, capitalised,
 * or typed in lower case when it is no English word too ("young" is a word; "Young" may be a name).
 */
export function namesPerson(index: CorpusIndex, analysis: QuestionAnalysis): boolean {
  return analysis.names.some((name) => {
    const word = name.toLowerCase().replace(/'s$/, '')
    return index.personWords.has(word) && (/^\p{Lu}/u.test(name) || !(index.synonyms.has(stem(word)) || index.neighbours.has(stem(word))))
  })
}

/** A list item's opening sentence. */
export function openingOf(index: CorpusIndex, passageId: string): Sentence {
  return (index.passages.get(passageId) as { sentences: Sentence[] }).sentences[0]
}

/** Words for anyone at all: "why do people join?" asks about whoever joins, whatever the list calls them ("some Syrians"). General English. */
const ANYONE: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'someone', 'somebody', 'anyone', 'anybody', 'folks', 'individuals'])

/** How much of the question (idf-weighted) some text's stems hold, synonyms counting at their weight; words for anyone do not count. */
function coverage(index: CorpusIndex, analysis: QuestionAnalysis, stems: ReadonlySet<string>): number {
  let covered = 0
  let total = 0
  for (const term of analysis.terms) {
    if (ANYONE.has(term.word)) continue
    total += term.idf
    const weight = stems.has(term.stem) ? 1 : Math.max(0, ...term.expansions.filter(([s]) => stems.has(s)).map(([, w]) => w))
    covered += term.idf * weight
  }
  return total ? covered / total : 0
}
