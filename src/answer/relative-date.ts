import type { CorpusIndex } from '../index/corpus-index'
import { tokenize } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import type { QuestionAnalysis } from '../retrieve/analyze-question'
import { dateWords } from '../rules/ops-time'

/** Where the words of one event end and the next event's begin, between two dates of a sentence. */
const EVENT_BREAK = /.*(?:[,;:]|\b(?:and|but|then|while|whereas|before|after|until)\b)/s
/** How far back from the phrase the break is looked for: a long sentence's worth, so the scan stays short. */
const MAX_SCAN = 2000

/**
 * For a "when" question whose answer dates the event by another date ("…was established in 1599 and
 * chartered in the following year"), which year that phrase is: ` (“the following year” there is
 * 1600.)`, when the question's words stand in that phrase's own stretch of the sentence (after the
 * date it counts from and the "and" that ends that date's event). Empty otherwise: "When was it
 * established?" is answered by the 1599 the sentence writes out.
 */
export function relativeDateNote(index: CorpusIndex, analysis: QuestionAnalysis, sentences: readonly Sentence[]): string {
  const asked = new Set(analysis.terms.map((t) => t.stem))
  for (const sentence of sentences) {
    const facts = index.factsBySentence.get(sentence.id) ?? []
    for (const fact of facts) {
      if (fact.shift === undefined || !fact.date) continue
      const from = sentence.start
      const anchor = facts.filter((f) => f.kind === 'date' && f.end <= fact.start && f !== fact).at(-1)
      const between = sentence.text.slice(anchor ? Math.max(anchor.end - from, fact.start - from - MAX_SCAN) : 0, fact.start - from)
      // "The following year, the town was rebuilt": the clause after a phrase that opens the sentence is its own.
      const after = sentence.text.slice(fact.end - from).replace(/^[\s,]+/, '').split(/[,;:]/)[0]
      const own = `${anchor ? between.replace(EVENT_BREAK, '') : between} ${after}`
      if (tokenize(own).some((t) => asked.has(t.stem))) return ` (“${fact.text}” there is ${dateWords(fact.date)}.)`
    }
  }
  return ''
}
