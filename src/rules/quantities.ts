/** The kinds of quantity the article states. */
export type QuantityKind = 'money' | 'percent' | 'multiplier' | 'duration' | 'age' | 'count'

import { CARDINALS } from '../index/numbers'

/** A figure as written in a sentence: its value (or range), unit and where it stands. */
export interface Quantity {
  kind: QuantityKind
  value: number
  /** The top of a range ("between $400 and $1,200"): `value` is then the bottom. */
  high?: number
  /** USD, percent, times, days, months, years, hours, or the counted noun ("sisters"). */
  unit: string
  /** For money: the period it is paid per. */
  period?: 'day' | 'week' | 'month' | 'year'
  /** Offsets within the sentence. */
  start: number
  end: number
}

/** Spelled-out numbers, and the words that count as one or none before a noun ("a wife", "no children"). */
export const NUMBER_WORDS: Record<string, number> = { zero: 0, no: 0, a: 1, an: 1, single: 1, ...CARDINALS }

const WORD = Object.keys(CARDINALS).join('|')
const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?|${WORD})`
const PERIOD = /^\s*(?:per|a|an|each|every)\s+(day|week|month|year)\b/i
const TIME_UNIT = '(?:days?|weeks?|months?|years?|hours?)'

/** Reads "1,200", "12.5" or "twelve" as a number. */
export function readNumber(text: string): number {
  const word = NUMBER_WORDS[text.toLowerCase()]
  return word ?? Number(text.replace(/,/g, ''))
}

/**
 * Finds the figures in a sentence: sums of money (with their period), percentages, multipliers ("two
 * or three times as much"), durations, ages and counts, ranges kept as ranges. Years and calendar
 * dates are not quantities and are skipped.
 *
 * @example findQuantities('pays an average of $100 per month')[0] // => { kind: 'money', value: 100, unit: 'USD', period: 'month', … }
 */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = []
  const add = (q: Quantity) => {
    if (!found.some((f) => f.start < q.end && q.start < f.end)) found.push(q)
  }
  const periodAfter = (end: number) => (PERIOD.exec(sentence.slice(end))?.[1] as Quantity['period']) ?? undefined

  for (const m of sentence.matchAll(/\b(?:between|from) \$(\d[\d,]*) (?:and|to) \$(\d[\d,]*)/gi)) {
    add({ kind: 'money', value: readNumber(m[1]), high: readNumber(m[2]), unit: 'USD', period: periodAfter(m.index + m[0].length), start: m.index + m[0].indexOf('$'), end: m.index + m[0].length })
  }
  for (const m of sentence.matchAll(/\$(\d[\d,]*(?:\.\d+)?)/g)) {
    add({ kind: 'money', value: readNumber(m[1]), unit: 'USD', period: periodAfter(m.index + m[0].length), start: m.index, end: m.index + m[0].length })
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${NUM}) ?(?:percent|per cent|%)`, 'gi'))) {
    add({ kind: 'percent', value: readNumber(m[1]), unit: 'percent', start: m.index, end: m.index + m[0].length })
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${NUM})(?: or (${NUM}))? times as (?:much|many)`, 'gi'))) {
    add({ kind: 'multiplier', value: readNumber(m[1]), high: m[2] ? readNumber(m[2]) : undefined, unit: 'times', start: m.index, end: m.index + m[0].length })
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${NUM}) years? old\\b|\\bunder the age of (${NUM})\\b|\\b[A-Z][a-z]+, (\\d{1,2}),`, 'g'))) {
    const value = readNumber(m[1] ?? m[2] ?? m[3])
    const at = m.index + (m[3] ? m[0].indexOf(m[3]) : 0)
    add({ kind: 'age', value, unit: 'years', start: at, end: m[3] ? at + m[3].length : m.index + m[0].length })
  }
  for (const m of sentence.matchAll(new RegExp(`\\bfrom (${NUM}) to (${NUM}) (${TIME_UNIT})`, 'gi'))) {
    add({ kind: 'duration', value: readNumber(m[1]), high: readNumber(m[2]), unit: plural(m[3]), start: m.index + 5, end: m.index + m[0].length })
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${NUM}) (${TIME_UNIT})\\b(?! old)`, 'gi'))) {
    if (/^one day$/i.test(m[0])) continue // "returned home one day" is a moment, not a duration
    add({ kind: 'duration', value: readNumber(m[1]), unit: plural(m[2]), start: m.index, end: m.index + m[0].length })
  }
  // Counts: a number before a noun phrase ("eight former ISIS fighters", "his six sisters").
  for (const m of sentence.matchAll(new RegExp(`\\b(${NUM}) ((?:[a-zA-Z-]+ ){0,3}?(?:fighters|sisters|brothers|motivations|members|men|people|children|friends|defectors|deserters|groups|documents|sources|wives|reasons))\\b`, 'gi'))) {
    const value = readNumber(m[1])
    if (/^(19|20)\d\d$/.test(m[1]) || Number.isNaN(value) || /^of /i.test(m[2])) continue
    add({ kind: 'count', value, unit: m[2].split(' ').at(-1)?.toLowerCase() ?? 'items', start: m.index, end: m.index + m[0].length })
  }
  return found.sort((a, b) => a.start - b.start)
}

function plural(unit: string): string {
  const u = unit.toLowerCase()
  return u.endsWith('s') ? u : `${u}s`
}
