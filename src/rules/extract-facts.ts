import type { ParsedDocument } from '../ingest/types'
import { type Entity, findEntities } from '../index/entities'
import type { Fact, Measure } from './facts'
import { findQuantities, type Quantity } from './quantities'

/** Words before a figure that hedge it, as the article writes them. */
const QUALIFIERS = ['as little as', 'as much as', 'an average of', 'start at', 'starting', 'between', 'up to', 'at least', 'more than', 'less than', 'about', 'an additional']

const ALLOWANCE = /^\s*(?:per|for each|for every|for a|a|an)\s+(?:dependent\s+)?(wife|wives|slave|child|children|kid|parent)/i

/**
 * Turns a document's figures into facts: each quantity with its measure (salary, allowance per wife,
 * pay cut, share…), the entity named nearest before it in its clause (or the article's default
 * entity), the qualifier that hedges it, and its evidence. A period stated once for a sentence's sums
 * ("$50 per month, with an additional $50 per wife") applies to all of them.
 */
export function extractFacts(doc: ParsedDocument, entities: readonly Entity[]): Fact[] {
  const fallback = entities.find((e) => e.default)?.id
  const facts: Fact[] = []
  for (const passage of doc.passages) {
    if (passage.kind !== 'paragraph') continue
    for (const sentence of passage.sentences) {
      const quantities = findQuantities(sentence.text)
      const sentencePeriod = quantities.find((q) => q.kind === 'money' && q.period)?.period
      quantities.forEach((q, i) => {
        const clause = clauseAround(sentence.text, q.start, q.end)
        const before = sentence.text.slice(clause.start, q.start)
        const after = sentence.text.slice(q.end, clause.end)
        const mentionsBefore = findEntities(before, entities)
        const mentionsAfter = findEntities(after, entities)
        const measure = measureOf(q, before, after)
        const entity = mentionsBefore.at(-1)?.id ?? (q.kind === 'money' || measure === 'pay-cut' ? fallback : undefined)
        facts.push({
          id: `${sentence.id}#${i + 1}`,
          kind: q.kind,
          measure,
          entity,
          relativeTo: q.kind === 'multiplier' ? mentionsAfter[0]?.id : undefined,
          value: q.value,
          high: q.high,
          unit: q.unit,
          period: q.kind === 'money' ? (q.period ?? sentencePeriod) : undefined,
          qualifier: qualifierOf(sentence.text.slice(Math.max(clause.start, quantities[i - 1]?.end ?? 0), q.start)),
          context: sentence.text.slice(clause.start, clause.end),
          evidence: { passageId: passage.id, sentenceId: sentence.id, start: sentence.start + q.start, end: sentence.start + q.end, text: sentence.text.slice(q.start, q.end) },
        })
      })
    }
  }
  return facts
}

/** The last hedge in the words between the previous figure and this one ("…is as little as $36"). */
function qualifierOf(lead: string): string | undefined {
  const lower = lead.toLowerCase()
  let best: { at: number; word: string } | undefined
  for (const word of QUALIFIERS) {
    const at = lower.lastIndexOf(word)
    if (at >= 0 && (!best || at > best.at || (at === best.at && word.length > best.word.length))) best = { at, word }
  }
  return best?.word === 'an additional' ? 'additional' : best?.word
}

/** The clause a figure stands in: bounded by semicolons, or the sentence. */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf(';', start) + 1
  const to = text.indexOf(';', end)
  return { start: from, end: to < 0 ? text.length : to }
}

function measureOf(q: Quantity, before: string, after: string): Measure {
  switch (q.kind) {
    case 'money': {
      const allowance = ALLOWANCE.exec(after)?.[1].toLowerCase()
      if (allowance) return allowance.startsWith('wi') || allowance === 'slave' ? 'allowance-wife' : allowance === 'parent' ? 'allowance-parent' : 'allowance-child'
      return q.high !== undefined ? 'salary-range' : 'salary'
    }
    case 'percent':
      return /\b(?:slash|cut|reduc|lower)\w*\b[^.]*\b(?:salar|pay|wage)/i.test(before) ? 'pay-cut' : 'share'
    case 'multiplier':
      return /\b(?:paid|pay|salar|earn)/i.test(before + after) ? 'pay-multiplier' : 'share'
    default:
      return q.kind
  }
}
