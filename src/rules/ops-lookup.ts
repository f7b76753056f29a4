import { hedgeMeaning } from '../ingest/quantities/hedges'
import type { Fact } from '../index/facts'
import { conversionFactor } from '../ingest/quantities/units'
import { type Amount, combine, convert, formatNumber } from './amounts'
import type { NumericAnswer } from './compose'
import { scoreFact } from './match-facts'
import { tokenize } from '../index/tokenize'
import { factAmount, type Pick, sideTerms } from './operands'
import { quoteAll } from './ops-basic'
import type { ProgramContext, Resolved } from './program-context'
import { boundNote, capitalise, hedgeNote, result } from './wording'

/**
 * The share of a question's words a sequence of stretches must answer: little, since the question
 * describes the whole ("the old training pipeline") and the text its parts, and the pattern itself
 * (a superlative, a unit, stretches "followed by" another) is rare.
 */
const SEQUENCE_MATCH = 0.2

/** The share of a lookup's words that must stand near the figure it modifies. */
const LOOKUP_MATCH = 0.5

/** One figure, modified as the question asks (per another period, after a cut, times a factor, a table's rule). Undefined when nothing needs computing: retrieval answers a plain lookup. */
export function lookup(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq } = ctx
  const r = ctx.resolve(0)
  if (!r) return undefined
  // Stretches one after another ("30 to 45 days, followed by … another 30 days") answer a question about the whole.
  const sequence = !r.rule && r.match >= SEQUENCE_MATCH ? sequenceTotal(ctx, r.facts[0]) : undefined
  if (sequence) return sequence
  // A share of a count ("killed about a quarter of the town's 8,000 inhabitants"), found as the best
  // figure or as the one nearest the question's words, whatever its unit.
  if (!r.rule) {
    const nearest = ctx.picks(0).reduce<Pick | undefined>((best, p) => (!best || p.match > best.match ? p : best), undefined)
    for (const found of [{ fact: r.facts[0], match: r.match }, nearest]) {
      const share = found && found.match >= LOOKUP_MATCH ? shareOfCount(ctx, found.fact) : undefined
      if (share) return share
    }
  }
  // A figure that answers too little of the question is not the one asked about ("ISIS's annual budget").
  if (r.match < LOOKUP_MATCH) return undefined
  if (r.rule && !nq.extraOnly && r.amount.operands.length === 1 && !nq.cut && !nq.period && !nq.span && nq.factor === undefined) {
    return ctx.c.done(`${quoteAll(ctx, r.facts, true)}. With no dependants, that is ${result(r.amount)}.`, r.amount)
  }
  const counted = r.rule && (r.amount.operands.length > 1 || nq.extraOnly)
  // "How many years did she live in the tree?" with "for 738 days": the figure in the unit asked for.
  const converts = Boolean(nq.want.unit && r.amount.unit && r.amount.unit !== nq.want.unit && conversionFactor(r.amount.unit, nq.want.unit) !== undefined)
  const modifies = Boolean(counted || converts || nq.cut || nq.factor !== undefined || nq.span || (nq.period && r.amount.period && nq.period !== r.amount.period))
  if (!modifies) return undefined
  const fact = r.facts[0]
  const ranged = !r.rule && fact.high !== undefined && nq.ends[0] === undefined && fact.kind !== 'score'
  const low = modify(ctx, r)
  const high = ranged ? modify(ctx, { ...r, amount: factAmount(ctx.index, fact, 'high') }) : undefined
  const cutFacts = low.facts.filter((f) => !r.facts.includes(f))
  const text = `${quoteAll(ctx, r.facts, r.rule)}${cutFacts.length ? `; ${quoteAll(ctx, cutFacts)}` : ''}. ` +
    (high ? `That is ${low.amount.expression} to ${high.amount.expression} = ${result(low.amount)} to ${result(high.amount)}.` : `${capitalise(describeRule(ctx, r))}${low.amount.expression} = ${result(low.amount)}.`) +
    cutNote(cutFacts) + (high ? hedgeNote(r.facts) : boundNote(r.rule ? [] : r.facts, [], result(low.amount)))
  const answer = ctx.c.done(text, low.amount)
  if (high && answer.computation) answer.computation.high = high.amount.value
  return answer
}

/**
 * "How many dairy cattle are there in Victoria?" with "It is home to 60% of Australia's 3 million
 * dairy cattle": the share of the count that the question's words fit better than the count itself.
 * The figure found may be either: the count, or the share before it ("killed about half of Naples'
 * 300,000 inhabitants" for "how many people did the plague kill").
 */
function shareOfCount(ctx: ProgramContext, found: Fact): NumericAnswer | undefined {
  const sentence = ctx.index.sentences.get(found.sentenceId)
  const siblings = ctx.index.factsBySentence.get(found.sentenceId) ?? []
  if (!sentence) return undefined
  const between = (a: Fact, b: Fact) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  const partOf = (a: Fact, b: Fact) => a.kind === 'percent' && a.high === undefined && (b.kind === 'count' || b.kind === 'number') && a.end <= b.start && /^\s+of\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/u.test(between(a, b))
  const asksCount = ctx.nq.want.kind !== 'percent' && /\bhow many\b/.test(ctx.nq.text)
  const whole = found.kind === 'percent' ? (asksCount ? siblings.find((f) => partOf(found, f)) : undefined) : found
  const share = whole && (whole === found ? siblings.find((f) => partOf(f, whole)) : found)
  if (!whole || !share) return undefined
  if (share !== found) {
    const terms = sideTerms(ctx.index, ctx.nq, 0)
    // "How many dairy cattle are there in Victoria?" and "60% of Australia's 3 million": a whole that
    // belongs to someone other than the one the question names is not what it asks about ("the
    // nation" names no one); else the share must fit the question's words at least as well.
    const owner = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)(?:'s|’s|'|’)\s/u.exec(between(share, whole))?.[1]
    const ownerStems = new Set(tokenize(owner ?? '').map((t) => t.stem))
    const another = owner !== undefined && terms.some((t) => t.name && !ownerStems.has(t.stem)) && !terms.some((t) => ownerStems.has(t.stem))
    if (!another && scoreFact(ctx.index, share, terms) < scoreFact(ctx.index, whole, terms)) return undefined
  }
  const r = combine('×', factAmount(ctx.index, share), factAmount(ctx.index, whole), whole.unit)
  const value = { ...r, value: (share.value / 100) * whole.value, expression: `${formatNumber(share.value)}% × ${formatNumber(whole.value)}` }
  return ctx.c.done(`${quoteAll(ctx, [share])}. ${value.expression} = ${result(value)}.${hedgeNote([share, whole])}`, value)
}

/**
 * "What was the shortest the old training could take?" with "courses …, which last from 30 to 45
 * days, followed by military boot camp for another 30 days": stretches of time one after another add
 * up, each at the end asked for (the shortest: 30 + 30 = 60 days).
 */
function sequenceTotal(ctx: ProgramContext, fact: Fact): NumericAnswer | undefined {
  const { nq, index } = ctx
  if (fact.kind !== 'duration' || !/\b(?:shortest|longest|minimum|maximum|least|most|at least|at most|in total|in all|altogether|overall|whole|entire)\b/.test(nq.text)) return undefined
  const sentence = index.sentences.get(fact.sentenceId)
  const stretches = (index.factsBySentence.get(fact.sentenceId) ?? []).filter((f) => f.kind === 'duration')
  if (!sentence || stretches.length < 2) return undefined
  const between = (a: Fact, b: Fact) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  if (!stretches.slice(1).every((f, i) => /\b(?:followed by|then|plus|another|after which|and then|before)\b/.test(between(stretches[i], f)))) return undefined
  const end = /\b(?:shortest|minimum|least|at least)\b/.test(nq.text) ? 'low' : 'high'
  const unit = nq.want.unit ?? fact.unit
  let total: Amount | undefined
  for (const f of stretches) {
    const a = factAmount(index, f, end)
    const inUnit = convert(a, unit) ?? a
    total = total ? combine('+', total, inUnit, unit) : inUnit
  }
  if (!total) return undefined
  return ctx.c.done(`${quoteAll(ctx, stretches)}. One after another, ${end === 'low' ? 'at the shortest' : 'at the longest'}: ${total.expression} = ${result(total)}.`, total)
}

function describeRule(ctx: ProgramContext, r: Resolved): string {
  if (!r.rule) return 'that is '
  const counts = ctx.nq.extraOnly ? 'the additions come to ' : 'for that family: '
  return counts
}

/** The question's cut, period, span and factor on an operand. */
function modify(ctx: ProgramContext, r: Resolved): { amount: Amount; facts: Fact[] } {
  let out = r.amount
  const facts: Fact[] = []
  if (ctx.nq.cut) {
    const cut = ctx.applyCut(out, ctx.nq.cut)
    out = cut.amount
    facts.push(...cut.facts)
  }
  const unit = ctx.nq.want.unit
  if (unit && out.unit && out.unit !== unit) out = convert(out, unit) ?? out
  return { amount: ctx.finish(out), facts: [...r.facts, ...facts] }
}

/** A note on a cut taken from the article: it is a ceiling ("as much as"), so the result is the least pay would be. */
function cutNote(cutFacts: readonly Fact[]): string {
  const cut = cutFacts[0]
  if (!cut) return ''
  return hedgeMeaning(cut.hedge) === 'ceiling' ? ` The article gives the cut as “${cut.hedge} ${formatNumber(cut.value)} percent”, so this is the least it would be.` : ''
}
