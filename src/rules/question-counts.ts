import { escapeRegExp } from '../index/normalize'
import { findNumbers } from '../ingest/quantities/number-words'

/** How many of a counted thing a question names ("two wives" → wives: 2), as typed. */
export interface CountedThing {
  /** The noun as the question writes it, lower case ("wives", "kids", "mom"). */
  noun: string
  count: number
  /** Where it stands in the question. */
  start: number
  end: number
}

/** A count the reader typed that no arithmetic should use, with why. */
export interface OddCount {
  noun: string
  written: string
  reason: 'fraction' | 'negative' | 'not-a-number' | 'too-large'
}

/** Words before a noun that count one or none of it ("a wife", "his mom", "no children", "both parents"). */
const ARTICLE_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, single: 1, his: 1, her: 1, their: 1, no: 0, zero: 0, both: 2, twin: 2, twins: 2, couple: 2, pair: 2 }
/** Adjectives that may stand between a count and its noun ("two dependent parents", "three young children"). */
const BETWEEN = '(?:(?:dependent|dependant|young|small|little|elderly|old|aged|extra|more|additional|other|infant|teenage|adult|grown|sick|disabled) )*'

/**
 * The counts a question gives for the nouns it names, and any count it gives that cannot be used:
 * "two wives and three kids" → wives 2, kids 3; "1.5 wives" is a fraction, "minus 5 wives" negative,
 * "NaN children" not a number, "1e308 children" or a 900-digit count too large to be a family.
 *
 * @example readCounts('a fighter with two wives and no children', ['wives', 'children']).counts
 *   // => [{ noun: 'wives', count: 2, … }, { noun: 'children', count: 0, … }]
 */
export function readCounts(question: string, nouns: readonly string[], most = Number.POSITIVE_INFINITY): { counts: CountedThing[]; odd?: OddCount } {
  const lower = question.toLowerCase().replace(/[’']s\b/g, '').replace(/−/g, '-')
  const counts: CountedThing[] = []
  if (nouns.length === 0) return { counts }
  const alternatives = [...nouns].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  for (const m of lower.matchAll(new RegExp(`\\b(${alternatives})\\b`, 'g'))) {
    const noun = m[1]
    const lead = lower.slice(Math.max(0, m.index - 1200), m.index).replace(new RegExp(`${BETWEEN}$`), '')
    if (/\b(?:per|each|every|for each|for every)\s+$/.test(lead)) continue
    // The longest run of words (or one token of digits) before the noun that reads as a count.
    const words = lead.trimEnd().split(/\s+/)
    let found: { written: string; read: number | OddCount['reason'] } | undefined
    for (let k = Math.min(5, words.length); k >= 1; k--) {
      const written = words.slice(-k).join(' ')
      const read = readCount(written)
      if (read !== undefined) { found = { written, read }; break }
    }
    const start = m.index - (found ? found.written.length + 1 : 0)
    if (found) {
      if (typeof found.read === 'string') return { counts, odd: { noun, written: found.written, reason: found.read } }
      if (found.read > most) return { counts, odd: { noun, written: found.written, reason: 'too-large' } }
      counts.push({ noun, count: found.read, start, end: m.index + noun.length })
      continue
    }
    // "with a wife", "his mom to look after", "no children", "both parents".
    const last = words.at(-1) ?? ''
    if (Object.hasOwn(ARTICLE_COUNTS, last)) counts.push({ noun, count: ARTICLE_COUNTS[last], start: m.index - last.length - 1, end: m.index + noun.length })
  }
  return { counts }
}

/** A typed count as a whole number, or why it is not one; undefined when the words are not a count at all. */
function readCount(written: string): number | OddCount['reason'] | undefined {
  const w = written.trim().replace(/^[^\w+-]+|[^\w]+$/g, '')
  if (!w) return undefined
  if (/^(?:nan|infinity|inf|∞|undefined|null)$/.test(w)) return 'not-a-number'
  if (/^(?:minus|negative) /.test(w)) return readCount(w.replace(/^(?:minus|negative) /, '')) === undefined ? undefined : 'negative'
  if (/^[-−]\d/.test(w)) return 'negative'
  if (/^\+?\d/.test(w)) {
    if (!/^\+?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?$/.test(w)) return undefined
    const digits = w.replace(/^\+/, '').replace(/,/g, '')
    if (/e/.test(digits) || digits.replace(/\..*$/, '').length > 15) return Number(digits) > Number.MAX_SAFE_INTEGER || !Number.isFinite(Number(digits)) || /e/.test(digits) && !Number.isInteger(Number(digits)) ? 'too-large' : Number.isInteger(Number(digits)) ? Number(digits) : 'fraction'
    const n = Number(digits)
    if (!Number.isFinite(n)) return 'not-a-number'
    return Number.isInteger(n) ? n : 'fraction'
  }
  const words = findNumbers(w)
  // The whole phrase must be one number ("twenty-five"), not a word that merely ends in one.
  if (words.length !== 1 || words[0].start !== 0 || words[0].end !== w.length) return undefined
  const n = words[0].value
  if (words[0].fraction || !Number.isInteger(n)) return 'fraction'
  return n
}

/** Why a count cannot be used, in words a reader follows. */
export function explainOddCount(odd: OddCount, most: number): string {
  switch (odd.reason) {
    case 'fraction': return `“${odd.written} ${odd.noun}” is not a whole number of ${odd.noun}, so I cannot count them into the sum.`
    case 'negative': return `A count of ${odd.noun} cannot be negative (“${odd.written}”), so I cannot compute that.`
    case 'not-a-number': return `“${odd.written}” is not a number of ${odd.noun}, so I cannot compute that.`
    case 'too-large': return `“${odd.written.length > 40 ? `${odd.written.slice(0, 20)}…` : odd.written}” ${odd.noun} is far more than the rule describes (it is read for up to ${most} of each), so I will not compute a figure for it.`
  }
}
