import { hedgeMeaning } from '../ingest/quantities/hedges'
import type { Fact } from '../index/facts'
import { tokenize } from '../index/tokenize'
import { type Amount, combine, formatNumber, formatValue, given, inOneUnit } from './amounts'
import type { NumericAnswer } from './compose'
import { readTerms, rankFacts } from './match-facts'
import { bestPair, compatible, factAmount, isOperand, wantsFact } from './operands'
import { align, quoteAll, resolveAll, SIDE_MATCH, twoOperands } from './ops-basic'
import { dateWords } from './ops-time'
import type { ProgramContext } from './program-context'
import { capitalise, hedgeList, hedgeNote, result } from './wording'

/** An option's name as the reader wrote it (case kept), without a leading article. */
function optionName(ctx: ProgramContext, option: string): string {
  const original = ctx.nq.original ?? ctx.nq.text
  const at = original.toLowerCase().indexOf(option.toLowerCase())
  const name = at >= 0 ? original.slice(at, at + option.length) : option
  return name.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:when|in|at|during)\b.*$/i, '').trim()
}

/** A figure with the article's hedge before it ("as little as $36 a month"). */
function hedged(fact: Fact | undefined, a: Amount): string {
  const hedge = fact?.hedge && hedgeMeaning(fact.hedge) !== 'exact' ? (HEDGE_SHOWN.get(fact.hedge) ?? fact.hedge) : ''
  return `${hedge ? `${hedge} ` : ''}${result(a)}`
}

/** Hedges as they read before a bare figure in a list ("from $63 a month", not "start at $63"). */
const HEDGE_SHOWN: ReadonlyMap<string, string> = new Map([['start at', 'from'], ['starts at', 'from'], ['starting at', 'from'], ['beginning at', 'from'], ['averaging', 'on average'], ['averaged', 'on average'], ['average of', 'an average of']])

interface Row {
  name: string
  value: number
  shown: string
  facts: Fact[]
  amount?: Amount
}

/** One option's value for a comparison: its figure, its date, or the span of its dates. */
function rowFor(ctx: ProgramContext, side: number, first?: Fact): Row | undefined {
  const { nq } = ctx
  const name = optionName(ctx, nq.sides[side])
  if (nq.by === 'date' || nq.by === 'span') {
    const picks = ctx.picks(side, (f) => f.kind === 'date' && f.date?.year !== undefined && (nq.by === 'date' || f.dateHigh !== undefined))
    // An order of events takes the best date whose sentence says the whole event.
    const whole = nq.order ? datesWhole(ctx, side) : undefined
    const best = whole ? picks.find((p) => whole(p.fact)) : picks[0]
    if (!best) return undefined
    const f = best.fact
    if (nq.by === 'span') return { name, value: (f.high as number) - f.value, shown: `${f.high} − ${f.value} = ${(f.high as number) - f.value} years`, facts: [f] }
    return { name, value: f.value + ((f.date?.month ?? 0) / 12), shown: dateWords(f.date ?? { year: f.value }), facts: [f] }
  }
  const r = ctx.resolve(side, (f) => isOperand(f) && (!first || compatible(f, first)) && wantsFact(nq, f) !== false)
  if (!r) return undefined
  return { name, value: r.amount.value, shown: r.rule ? result(r.amount) : hedged(r.facts[0], r.amount), facts: r.facts, amount: r.amount }
}

/** Two options' figures chosen together: the best-fitting pair of distinct, comparable figures. */
function pairedRows(ctx: ProgramContext): [Row, Row] | undefined {
  const accept = (f: Fact) => isOperand(f) && wantsFact(ctx.nq, f) !== false
  const pair = bestPair(ctx.picks(0, accept), ctx.picks(1, accept), ctx.nq.ends)
  if (!pair || Math.min(pair[0].match, pair[1].match) < SIDE_MATCH) return undefined
  const rows = pair.map((pick, side) => {
    const r = ctx.resolve(side, accept, pick)
    return r && { name: optionName(ctx, ctx.nq.sides[side]), value: r.amount.value, shown: r.rule ? result(r.amount) : hedged(r.facts[0], r.amount), facts: r.facts, amount: r.amount }
  })
  return rows[0] && rows[1] ? [rows[0], rows[1]] : undefined
}

/** "Which is larger, A or B?", "Did A or B lose more?", "Who lived the longest?": answers with a name. */
export function compare(ctx: ProgramContext): NumericAnswer | undefined {
  const rows: Row[] = []
  for (let i = 0; i < ctx.nq.sides.length; i++) {
    // "Did she serve before 1950?": a year the question gives is its own date.
    const year = ctx.nq.order ? /^(?:the year |in )?(\d{3,4})$/.exec(ctx.nq.sides[i])?.[1] : undefined
    const row = year ? { name: year, value: Number(year), shown: year, facts: [] } : rowFor(ctx, i, rows[0]?.facts[0])
    if (!row) return undefined
    rows.push(row)
  }
  if (ctx.nq.order) return rows.length === 2 && rows[0].facts[0]?.id !== rows[1].facts[0]?.id ? order(ctx, rows[0], rows[1], ctx.nq.order) : undefined
  // Both options want one figure ("Hurricane Dora when its eye crossed St. Augustine" fits Beryl's 70 mph
  // a little better than its own 110 mph): the two are chosen together, each figure to one option.
  if (rows.length === 2 && rows[0].facts[0]?.id === rows[1].facts[0]?.id && ctx.nq.by === 'value') {
    const paired = pairedRows(ctx)
    if (paired) rows.splice(0, 2, ...paired)
  }
  if (rows.length < 2 || new Set(rows.flatMap((r) => r.facts.map((f) => f.id))).size < rows.length) return undefined
  const sorted = [...rows].sort((a, b) => (ctx.nq.most === 'low' ? a.value - b.value : b.value - a.value))
  if (sorted[0].value === sorted[1].value) return undefined
  const facts = rows.flatMap((r) => r.facts)
  const quoted = quoteAll(ctx, facts)
  const list = sorted.map((r) => `${r.name} ${r.shown}`).join(ctx.nq.most === 'low' ? ' < ' : ' > ')
  const top = sorted[0]
  return ctx.c.done(`${capitalise(top.name)}. ${quoted}. ${list}.${hedgeList(facts)}`, top.amount ?? { value: top.value, unit: '', expression: list, atom: false, operands: facts.map((f) => ({ label: f.text, value: f.value, factId: f.id })) })
}

/** How close a synonym or neighbour of an event's word must be to stand for it in the sentence that dates it. */
const SAME_WORD = 0.7

/**
 * Whether the sentence that dates an event says every word of it ("Before joining ISIS in 2014, Ammar
 * had fought…" for "Ammar join ISIS"): a date near some of its words dates something else ("The South
 * Pier, built in 1899" does not date the North Pier; "the population had fallen to 63,000 by 2010"
 * does not date a rise).
 */
function datesWhole(ctx: ProgramContext, side: number): (fact: Fact) => boolean {
  const terms = readTerms(ctx.index, ctx.nq.sides[side])
  return (fact) => {
    const stems = new Set([...ctx.index.stemsOf(fact.sentenceId), ...[fact.owner, fact.about].flatMap((o) => (o ? tokenize(o).map((t) => t.stem) : []))])
    return terms.every((t) => stems.has(t.stem) || [...t.alts].some(([alt, w]) => w >= SAME_WORD && stems.has(alt)))
  }
}

/**
 * "Did Ammar join ISIS before the 2011 protests?": Yes or No by the two events' years (each dated by
 * a sentence that says it whole, see `datesWhole`), both quoted. Left to the ranker when both fall in one year.
 */
function order(ctx: ProgramContext, a: Row, b: Row, asserted: 'before' | 'after'): NumericAnswer | undefined {
  // A stretch of years ("served from 1921 to 1963") was under way before any year after its start and
  // after any year before its end; the other event must be one year.
  const [startA, endA] = [Math.floor(a.value), a.facts[0]?.high ?? Math.floor(a.value)]
  if (b.facts.some((f) => f.high !== undefined)) return undefined
  const year = Math.floor(b.value)
  if (startA === year || endA === year) return undefined
  const holds = asserted === 'before' ? startA < year : endA > year
  const facts = [...a.facts, ...b.facts]
  const span = endA !== startA ? `${startA} to ${endA}` : a.shown
  const relation = endA < year ? 'is before' : startA > year ? 'is after' : 'runs from before to after'
  const text = `${holds ? 'Yes' : 'No'}. ${quoteAll(ctx, facts)}. ${capitalise(span)} ${relation} ${b.shown}.`
  return ctx.c.done(text, { value: a.value, unit: '', expression: `${span} ${relation} ${b.shown}`, atom: false, operands: facts.map((f) => ({ label: f.text, value: f.value, factId: f.id })) })
}

/** The figure each owner the question's words reach has: for a group with a table rule, the rule's base. */
function ownerRows(ctx: ProgramContext): Row[] {
  const { nq, index } = ctx
  const terms = readTerms(index, nq.shared || nq.text)
  const ranked = rankFacts(index, terms, (f) => isOperand(f) && Boolean(f.owner) && !f.per && wantsFact(nq, f) !== false, 60)
  const top = ranked[0]
  if (!top) return []
  const bases = new Map((index.artifact.formulas ?? []).map((fo) => [index.facts.get(fo.base.factId)?.owner, fo.base.factId]))
  const rows = new Map<string, Row>()
  for (const p of ranked) {
    const owner = p.fact.owner as string
    if (rows.has(owner) || p.score < top.score * 0.5 || !compatible(p.fact, top.fact)) continue
    const baseId = bases.get(owner)
    const fact = (baseId && index.facts.get(baseId)) || p.fact
    if (fact.high !== undefined && ranked.some((q) => q.fact.owner === owner && q.fact.high === undefined && q.score >= top.score * 0.5)) continue
    const amount = factAmount(index, fact)
    rows.set(owner, { name: owner, value: amount.value, shown: hedged(fact, amount), facts: [fact], amount })
  }
  return [...rows.values()]
}

/** "Which group pays the least?": the owner with the most or least of the figure asked about. */
export function extreme(ctx: ProgramContext): NumericAnswer | undefined {
  const rows = ownerRows(ctx)
  if (rows.length < 2) return undefined
  const sorted = rows.sort((a, b) => (ctx.nq.most === 'low' ? a.value - b.value : b.value - a.value))
  const [top, ...others] = sorted
  const text = `${capitalise(top.name)}: ${top.shown} (${quoteAll(ctx, top.facts)}). ${others.length === 1 ? 'The other' : 'The others'}: ${others.map((r) => `${r.name} ${r.shown} ${ctx.c.mark(r.facts[0])}`).join('; ')}.`
  return ctx.c.done(text, top.amount as Amount)
}

/** Several figures in order ("Rank A, B, C and D by pay", "List the groups from lowest to highest"). */
export function rank(ctx: ProgramContext): NumericAnswer | undefined {
  const rows = ctx.nq.sides.length >= 2 ? sideRows(ctx) : ownerRows(ctx)
  if (!rows || rows.length < 2) return undefined
  const sorted = rows.sort((a, b) => (ctx.nq.most === 'low' ? a.value - b.value : b.value - a.value))
  const text = `${ctx.nq.most === 'low' ? 'Lowest' : 'Highest'} first: ${sorted.map((r) => `${r.name} ${r.shown} ${ctx.c.mark(r.facts[0])}`).join('; ')}.`
  const amounts = sorted.map((r) => r.amount as Amount)
  return ctx.c.done(text, { ...amounts[0], expression: amounts.map((a) => a.expression).join(ctx.nq.most === 'low' ? ' < ' : ' > '), operands: amounts.flatMap((a) => a.operands) })
}

function sideRows(ctx: ProgramContext): Row[] | undefined {
  const resolved = resolveAll(ctx)
  if (!resolved) return undefined
  const rows: Row[] = resolved.map((r, i) => ({ name: optionName(ctx, ctx.nq.sides[i]), value: r.amount.value, shown: r.rule ? result(r.amount) : hedged(r.facts[0], r.amount), facts: r.facts, amount: r.amount }))
  const period = rows.find((r) => r.amount?.period)?.amount?.period
  return rows.map((r) => (r.amount && period ? { ...r, amount: ctx.samePeriod([r.amount])[0] } : r))
}

/** The mean of several figures. */
export function average(ctx: ProgramContext): NumericAnswer | undefined {
  const rows = sideRows(ctx)
  if (!rows || rows.length < 2) return undefined
  const amounts = inOneUnit(ctx.samePeriod(rows.map((r) => r.amount as Amount)))
  if (!amounts) return undefined
  let total = amounts[0]
  for (const a of amounts.slice(1)) total = combine('+', total, a, total.unit)
  const mean = ctx.finish(combine('÷', total, given(amounts.length, 'how many'), total.unit))
  const facts = rows.flatMap((r) => r.facts)
  return ctx.c.done(`${quoteAll(ctx, facts)}. The average is ${mean.expression} = ${result(mean)}.${hedgeNote(facts)}`, mean)
}

/** The highest minus the lowest of several figures. */
export function spread(ctx: ProgramContext): NumericAnswer | undefined {
  const rows = sideRows(ctx)
  if (!rows || rows.length < 2) return undefined
  const amounts = inOneUnit(rows.map((r) => r.amount as Amount))
  if (!amounts) return undefined
  const sorted = rows.map((r, i) => ({ ...r, value: amounts[i].value, amount: amounts[i] })).sort((a, b) => b.value - a.value)
  const hi = sorted[0]
  const lo = sorted.at(-1) as Row
  const d = ctx.finish(combine('−', hi.amount as Amount, lo.amount as Amount))
  const facts = rows.flatMap((r) => r.facts)
  return ctx.c.done(`${quoteAll(ctx, facts)}. Highest ${hi.name} ${hi.shown}, lowest ${lo.name} ${lo.shown}: ${d.expression} = ${result(d)}.${hedgeNote(facts)}`, d)
}

/** A claim checked against the figures: "A is twelve times B" → Yes or No, with the division. */
export function check(ctx: ProgramContext): NumericAnswer | undefined {
  const claim = ctx.nq.claim
  const two = twoOperands(ctx)
  if (!claim || !two) return undefined
  const [a, b] = align(ctx, two[0].amount, two[1].amount)
  if (b.value === 0) return undefined
  const r = combine('÷', a, b, '')
  const holds = Math.abs(r.value - claim.value) <= Math.max(0.01 * claim.value, 0.005)
  const facts = [...two[0].facts, ...two[1].facts]
  return ctx.c.done(`${holds ? 'Yes' : 'No'}. ${quoteAll(ctx, facts)}. ${r.expression} = ${formatNumber(r.value)}, ${holds ? 'so it is' : 'not'} ${formatNumber(claim.value)} times${holds ? '' : ` (${formatValue(b.value * claim.value, b.unit)} would be)`}.${hedgeNote(facts)}`, r, 'times')
}

