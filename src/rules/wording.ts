import type { Fact } from '../index/facts'
import { hedgeMeaning } from '../ingest/quantities/hedges'
import { type Amount, formatValue, formatWithUnit, isMoney } from './amounts'

/** Small wording helpers for numeric answers: figures and results in a reader's English. */

/** The text with its first letter capitalised. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Items joined as in a sentence.
 *
 * @example joinWords(['ISIS', 'the FSA', 'Nusra']) // => 'ISIS, the FSA and Nusra'
 */
export function joinWords(items: string[], last = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`
}

/** "a month", "a year": the period a money result is per, as prose says it. */
export function perWords(a: Amount): string {
  return a.period ? ` a ${a.period}` : ''
}

/** A result as a reader reads it: money with its symbol and period ("$64 a month"), other units after the number. */
export function result(a: Amount): string {
  return `${formatWithUnit(a.value, a.unit, a.scale)}${isMoney(a.unit) ? perWords(a) : a.period ? ` per ${a.period}` : ''}`
}

/** A result's size, signless, with its unit ("$14", "62.4 metres"). */
export function magnitude(a: Amount): string {
  return `${formatWithUnit(Math.abs(a.value), a.unit, a.scale)}`
}

/**
 * What the article's hedges make of a result: figures added that are floors ("as little as $36") make
 * it a floor too, floors taken away make it a ceiling, and so on; approximate figures make it
 * approximate. Empty when every figure is exact.
 *
 * @example boundNote([], [fsa36], '$64 a month') // => ' The article hedges: $36 is a floor (“as little as”), so this is at most $64 a month.'
 */
export function boundNote(added: readonly Fact[], taken: readonly Fact[], shown: string): string {
  const direction = (f: Fact, sign: 1 | -1) => {
    const m = hedgeMeaning(f.hedge)
    return m === 'floor' ? sign : m === 'ceiling' ? -sign : 0
  }
  const signs = [...added.map((f) => direction(f, 1)), ...taken.map((f) => direction(f, -1))].filter((d) => d !== 0)
  const hedged = [...added, ...taken].filter((f) => hedgeMeaning(f.hedge) !== 'exact')
  if (hedged.length === 0) return ''
  const which = hedged.map((f) => `${formatValue(f.value, f.unit, f.scale)} is ${{ floor: 'a floor', ceiling: 'a ceiling', average: 'an average', approximate: 'approximate', exact: 'exact' }[hedgeMeaning(f.hedge)]} (“${f.hedge}”)`)
  const up = signs.every((d) => d > 0)
  const down = signs.every((d) => d < 0)
  const verdict = signs.length === 0 ? `so ${shown} is approximate` : up ? `so this is at least ${shown}` : down ? `so this is at most ${shown}` : 'so the result is only an estimate'
  return ` The article hedges: ${joinWords(which)}, ${verdict}.`
}

/** The article's hedges on figures set side by side, named without a verdict ("$63 is a floor (“start at”)"). */
export function hedgeList(facts: readonly Fact[]): string {
  const hedged = facts.filter((f) => hedgeMeaning(f.hedge) !== 'exact')
  if (hedged.length === 0) return ''
  const kinds = { floor: 'a floor', ceiling: 'a ceiling', average: 'an average', approximate: 'approximate', exact: 'exact' }
  return ` The article hedges: ${joinWords(hedged.map((f) => `${formatValue(f.value, f.unit, f.scale)} is ${kinds[hedgeMeaning(f.hedge)]} (“${f.hedge}”)`))}.`
}

/** How the article hedges a figure, as a note for a result built on it ("as little as" is a floor). */
export function hedgeNote(facts: readonly Fact[]): string {
  const floors = facts.filter((f) => hedgeMeaning(f.hedge) === 'floor')
  const ceilings = facts.filter((f) => hedgeMeaning(f.hedge) === 'ceiling')
  const approx = facts.filter((f) => hedgeMeaning(f.hedge) === 'approximate')
  const notes: string[] = []
  if (floors.length) notes.push(`${joinWords(floors.map((f) => formatValue(f.value, f.unit, f.scale)))} ${floors.length > 1 ? 'are floors' : 'is a floor'} (“${floors[0].hedge}”)`)
  if (ceilings.length) notes.push(`${joinWords(ceilings.map((f) => formatValue(f.value, f.unit, f.scale)))} ${ceilings.length > 1 ? 'are ceilings' : 'is a ceiling'} (“${ceilings[0].hedge}”)`)
  if (approx.length) notes.push(`${joinWords(approx.map((f) => formatValue(f.value, f.unit, f.scale)))} ${approx.length > 1 ? 'are approximate' : 'is approximate'}`)
  return notes.length ? ` The article hedges: ${joinWords(notes)}, so the result is ${floors.length || ceilings.length ? 'a bound, not an exact figure' : 'approximate too'}.` : ''
}
