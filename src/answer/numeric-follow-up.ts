import type { CorpusIndex } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import { formulaFor } from '../rules/formula'
import { type NumericQuestion, readNumericQuestion } from '../rules/numeric-question'
import { endOf, mentionsCut, readModifiers, wantedOf } from '../rules/question-modifiers'

/** A follow-up read as the earlier numeric question with only what it changes changed. */
export interface NumericFollowUp {
  question: string
  readAs: string
  numeric: NumericQuestion
}

/** "per wife", "for each child", "for looking after a parent": a per-thing amount a follow-up swaps in. */
const PER_THING = /\b(?:per|for each|for every|for a|for an|for looking after a|for looking after an|for)\s+([a-z]+(?: [a-z]+)?)\b/

/**
 * A numeric follow-up ("and per year?", "with the cut?", "what if he has two children?", "and the
 * bottom of that range after the biggest cut?") carried onto the earlier numeric question: its
 * operation and operands stay, and only the period, span, cut, factor, counts, the end of a range or
 * the per-thing amount it names change. Undefined when the turn names a new subject or asks afresh.
 *
 * @example carryNumeric(index, 'And over a whole year?', previous)?.numeric.period // => 'year'
 */
export function carryNumeric(index: CorpusIndex, raw: string, previous: { question: string; numeric?: NumericQuestion }): NumericFollowUp | undefined {
  const before = previous.numeric
  if (!before) return undefined
  const question = raw.replace(/\s+/g, ' ').trim()
  const lower = question.toLowerCase()
  if (findEntities(question, index.artifact.entities).length) return undefined
  const own = readModifiers(lower)
  const use = formulaFor(index, lower, true)
  const counts = use && (use.counts.length > 0 || use.odd) ? use : undefined
  const end = endOf(lower)
  const per = PER_THING.exec(lower)
  const perSwap = per && !counts && !/^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the)\b/.test(per[1]) && !own.period && !own.span && /^(?:and|what about|how about|n|&)\b/.test(lower) && /\b(?:per|for each|for every|for)\s+\w+/.test(previous.question.toLowerCase())
  const fresh = readNumericQuestion(question)
  const modifies = Boolean(own.period || own.span || own.cut || own.factor !== undefined || counts || perSwap || (end && /\b(?:that|this|it|the) (?:range|figure)\b/.test(lower)))
  // A follow-up that asks a whole new question of its own is not carried.
  if (!modifies || (fresh && fresh.op !== 'lookup' && fresh.sides.length >= 2)) return undefined
  let sides = [...before.sides]
  if (counts && sides.length) sides = withCounts(index, sides, lower)
  if (perSwap && per && sides.length) sides = sides.map((s) => s.replace(PER_THING, `per ${per[1]}`))
  // "How much did they cut salaries by?" then "What would that leave a fighter with one child?": the
  // cut asked about before now applies to the amount asked for.
  const afterCut = before.want.kind === 'percent' && mentionsCut(before.text) && (counts || wantedOf(lower).kind === 'money')
  if (afterCut) sides = [`${before.text} ${lower}`]
  const numeric: NumericQuestion = {
    ...before,
    ...(afterCut ? { op: 'lookup' as const, want: wantedOf(`${lower} pay`), cut: {}, shared: '' } : {}),
    sides,
    ends: end && sides.length === 1 ? [end] : before.ends,
    period: own.period ?? (own.span ? undefined : before.period),
    span: own.span ?? (own.period ? undefined : before.span),
    cut: own.cut ?? (afterCut ? {} : before.cut),
    factor: own.factor ?? before.factor,
    extraOnly: before.extraOnly || /\b(?:add|adds|added|extra|additional)\b/.test(lower),
    text: `${before.text} ${lower}`,
    original: `${before.original ?? before.text} ${question}`,
  }
  const fragment = question.replace(/^(?:and|but|n|&)\s+/i, '').replace(/^(?:what if|what about if)\s*/i, 'if ').replace(/^(?:what|how much) (?:is|would be|does|would) (?:that|it|this)\s*/i, '').replace(/\?$/, '')
  const readAs = afterCut ? `${question.replace(/\?$/, '')}, after the cut in “${previous.question.replace(/\?$/, '')}”?` : `${previous.question.replace(/\?$/, '')}, ${fragment.charAt(0).toLowerCase()}${fragment.slice(1)}?`
  return { question: readAs, readAs, numeric }
}

/** The earlier sides with this turn's counts: a count of a kind the earlier question counted replaces it; a new kind is added. */
function withCounts(index: CorpusIndex, sides: string[], lower: string): string[] {
  const added = formulaFor(index, lower, true)
  if (!added) return sides
  return sides.map((side, i) => {
    const earlier = formulaFor(index, side, true)
    if (i > 0 && !earlier) return side
    let text = side
    for (const c of [...(earlier?.counts ?? [])].reverse()) {
      const entry = added.formula.per.find((p) => p.counts.includes(c.noun))
      if (entry && added.counts.some((a) => entry.counts.includes(a.noun))) text = `${text.slice(0, c.start)}${text.slice(c.end)}`
    }
    const phrases = added.counts.map((c) => lower.slice(c.start, c.end)).join(' and ')
    return `${text} with ${phrases}`
  })
}

/**
 * "Which of the two pays more?" after questions about two groups: the groups compared. "How does that
 * compare with the FSA?": the earlier figure against the group named.
 */
export function compareFollowUp(index: CorpusIndex, raw: string, previous: { question: string; numeric?: NumericQuestion; groups?: string[] }): NumericFollowUp | undefined {
  const before = previous.numeric
  if (!before) return undefined
  const question = raw.replace(/\s+/g, ' ').trim()
  const entities = index.artifact.entities
  const named = findEntities(question, entities)
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id
  const groups = previous.groups ?? []
  if (named.length === 0 && groups.length >= 2 && /\b(?:which|who)\b.*\b(?:more|most|less|least|better|worse|higher|lower)\b/i.test(question)) {
    const chosen = groups.slice(/\btwo\b|\bboth\b/i.test(question) ? -2 : 0)
    const most = /\b(?:less|least|worse|lower)\b/i.test(question) ? 'low' : 'high'
    const readAs = `${question.replace(/\?$/, '')} (${chosen.map(name).join(' or ')})?`
    const numeric: NumericQuestion = { ...before, op: 'compare', by: 'value', most, sides: chosen.map(name), ends: chosen.map(() => undefined), shared: measureWords(before) }
    return { question: readAs, readAs, numeric }
  }
  if (named.length && /\b(?:compare[sd]?|comparison|versus|vs\.?|against|difference)\b/i.test(question)) {
    const group = question.slice(named[0].start, named[0].end)
    const earlier = before.sides[0] ?? previous.question
    const readAs = `${previous.question.replace(/\?$/, '')}, compared with ${name(named[0].id)}?`
    const numeric: NumericQuestion = { ...before, op: 'difference', sides: [earlier, group], ends: [before.ends[0], undefined], shared: measureWords(before) }
    return { question: readAs, readAs, numeric }
  }
  return undefined
}

/** The words of an earlier question that say what is measured ("pay"), for operands named in a follow-up. */
function measureWords(nq: NumericQuestion): string {
  return (nq.text.match(/\b(?:pay|pays|paid|salary|salaries|wage|wages|earn|earns|income|cost|costs|price|population|area|length|height|weight)\b/g) ?? []).join(' ')
}
