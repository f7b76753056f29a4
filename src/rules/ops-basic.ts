import { unitNamed } from '../ingest/quantities/units'
import { passageIdOf } from '../index/corpus-index'
import type { Fact } from '../index/facts'
import { stem } from '../index/tokenize'
import { type Amount, combine, convert, formatNumber, isMoney } from './amounts'
import type { NumericAnswer } from './compose'
import { rankFacts } from './match-facts'
import { bestAssignment, bestPair, compatible, factAmount, isOperand, type Pick, sideTerms } from './operands'
import { perThingOf } from './numeric-question'
import type { ProgramContext, Resolved } from './program-context'
import { boundNote, hedgeNote, magnitude, result } from './wording'

/**
 * Quotes the figures an answer used in the article's words, each sentence once: a figure's clause, or
 * the whole sentence when it holds several of them (or a table rule's figures).
 */
export function quoteAll(ctx: ProgramContext, facts: readonly Fact[], rule = false): string {
  const bySentence = new Map<string, Fact[]>()
  for (const f of facts) bySentence.set(f.sentenceId, [...(bySentence.get(f.sentenceId) ?? []), f])
  return [...bySentence.values()].map((group) => {
    const distinct = new Set(group.map((f) => f.id))
    return rule ? ctx.c.quoteSentence(group[0]) : distinct.size > 1 ? ctx.c.quoteMany(group) : ctx.c.quote(group[0])
  }).join('; ')
}

/** Two operands for a comparison: from the two sides, or the two ends of one range or score. */
export function twoOperands(ctx: ProgramContext, accept: (f: Fact) => boolean = isOperand): [Resolved, Resolved] | undefined {
  const { nq } = ctx
  if (nq.sides.length >= 2) {
    const a = ctx.picks(0, accept)
    const b = ctx.picks(1, accept)
    const ruleA = ctx.resolve(0, accept)
    // A side a table rule computes sets the kind of figure the other side must be.
    const like = (r: Resolved | undefined) => (r?.rule ? r.facts[0] : undefined)
    const ruleB = ctx.resolve(1, (f) => accept(f) && (!like(ruleA) || compatible(f, like(ruleA) as Fact)))
    if (ruleA?.rule || ruleB?.rule) {
      const otherA = ruleB?.rule && !ruleA?.rule ? ctx.resolve(0, (f) => accept(f) && compatible(f, like(ruleB) as Fact)) : ruleA
      return otherA && ruleB ? [otherA, ruleB] : undefined
    }
    const pair = bestPair(a, b, nq.ends)
    if (!pair) return undefined
    const [x, y] = pair
    // A side whose figure answers little of its description names something the article does not give.
    if (Math.min(x.match, y.match) < SIDE_MATCH) return undefined
    const ra = ctx.resolve(0, accept, x)
    const rb = ctx.resolve(1, accept, y)
    return ra && rb ? [ra, rb] : undefined
  }
  // One figure with two values: a range ("from 76,000 to 540,000"), a score ("24–10"), a part ("3-of-15").
  const picks = ctx.picks(0, accept)
  const two = picks.find((p) => p.fact.high !== undefined)
  const best = picks[0]
  // The two-valued figure must be (near enough) the best answer (or of the best one's sentence: "in
  // ten years … grew from 6,000 to 42,000"); else the text states the change itself.
  if (two && (!best || two.score >= best.score * 0.95 || two.fact.sentenceId === best.fact.sentenceId)) {
    const f = two.fact
    const hi = f.kind === 'score' ? { ...factAmount(ctx.index, f), value: Math.max(f.value, f.high as number) } : factAmount(ctx.index, f, 'high')
    const lo = f.kind === 'score' ? { ...factAmount(ctx.index, f), value: Math.min(f.value, f.high as number), expression: formatNumber(Math.min(f.value, f.high as number)) } : factAmount(ctx.index, f, 'low')
    return [{ amount: { ...hi, expression: f.kind === 'score' ? formatNumber(hi.value) : hi.expression }, facts: [f], score: two.score, match: two.match }, { amount: lo, facts: [f], score: two.score, match: two.match }]
  }
  // "reduce its holdings by $230 million": a change the text states is the answer itself. A figure
  // that answers little of the question ("food prices rose" against two salaries) is not its subject.
  if (!best || best.match < SIDE_MATCH || statesChange(ctx, best.fact)) return undefined
  // Else the two best figures that go together, in the order the text gives them. (Taking a figure of
  // the same sentence more readily, at 0.3 of the best match, subtracted unrelated figures: "15 − 7".)
  const partner = picks.slice(1).find((p) => compatible(p.fact, best.fact) && p.score >= best.score * PARTNER && p.fact.value !== best.fact.value)
  if (!partner) return undefined
  const [first, second] = [best, partner].sort((x, y) => x.fact.start - y.fact.start)
  return [{ amount: factAmount(ctx.index, second.fact), facts: [second.fact], score: second.score, match: second.match }, { amount: factAmount(ctx.index, first.fact), facts: [first.fact], score: first.score, match: first.match }]
}

/** Whether a figure is the size of a change ("slashed … by as much as 50 percent", "reduce … by $230 million"). */
function statesChange(ctx: ProgramContext, fact: Fact): boolean {
  return /\bby\s+(?:about|around|roughly|some|nearly|almost|over|more than|as much as|up to|only|just)?\s*(?:(?:US|A|C)?\$|€|£)?\s*$/.test(textBefore(ctx, fact))
}

/** Brings the second amount to the first one's unit and period, so they can meet. */
export function align(ctx: ProgramContext, a: Amount, b: Amount): [Amount, Amount] {
  const [pa, pb] = ctx.samePeriod([a, b])
  if (pa.unit && pb.unit && pa.unit !== pb.unit && !isMoney(pa.unit)) {
    const target = ctx.nq.want.unit && convert(pa, ctx.nq.want.unit) ? ctx.nq.want.unit : pa.unit
    return [convert(pa, target) ?? pa, convert(pb, target) ?? pb]
  }
  return [pa, pb]
}

/**
 * When the article states the comparison itself — a multiple ("foreign fighters … are often paid two
 * or three times as much as their Syrian counterparts"), a share more or less ("fifty percent more
 * land in Allston than in Cambridge"), a difference ("13 years and 48 days older") — that statement
 * is the answer: a figure in a comparing clause that fits both descriptions better than any pair of
 * figures does.
 */
export function relation(ctx: ProgramContext, multiplesOnly = false): NumericAnswer | undefined {
  if (ctx.nq.sides.length < 2) return undefined
  const stated = (f: Fact) => f.kind === 'multiplier' || (!multiplesOnly && f.kind !== 'date' && COMPARING.test(ctx.c.clause(f)))
  const a = ctx.picks(0, stated)
  const b = ctx.picks(1, stated)
  const both = a.find((x) => b.some((y) => y.fact.id === x.fact.id))
  if (!both) return undefined
  const other = b.find((y) => y.fact.id === both.fact.id) as Pick
  const fit = Math.min(both.match, other.match)
  const others = (side: number) => ctx.picks(side).find((p) => p.fact.id !== both.fact.id)?.match ?? 0
  const figures = Math.min(others(0), others(1))
  if (fit < RELATION_FIT || fit < figures * RELATION_SHARE) return undefined
  const f = both.fact
  const amount = { ...factAmount(ctx.index, f), unit: f.kind === 'multiplier' ? 'times' : f.unit }
  const verdict = f.kind !== 'multiplier' ? '' : ctx.nq.yesNo === 'more' ? (f.value > 1 ? 'Yes. ' : 'No. ') : ctx.nq.yesNo === 'less' ? (f.value < 1 ? 'Yes. ' : 'No. ') : ''
  const times = f.high !== undefined ? `${formatNumber(f.value)} to ${formatNumber(f.high)} times` : `${formatNumber(f.value)} times`
  const note = f.kind === 'multiplier' ? ` The article relates them by a multiple, ${times} (“${f.text}”), and gives no amounts for either to subtract or divide.` : ' The article states the comparison itself.'
  return ctx.c.done(`${verdict}${ctx.c.quote(f)}.${note}`, amount, amount.unit)
}

/** A clause that compares: "more than", "times as much", "older than". */
const COMPARING = /\b(?:times|more|less|fewer|older|younger|larger|smaller|higher|lower|longer|shorter|bigger|greater|heavier|lighter|faster|slower|cheaper)\b[^.;]*\bthan\b|\btimes as\b|\b(?:more|less) than\b|\bdifference\b|(?:%|\bpercent|\bper cent|\btimes)\s+(?:more|less|fewer|older|younger|larger|smaller|higher|lower|longer|shorter|bigger|greater|heavier|lighter|faster|slower|cheaper)\b/

/** How much of a "how many times" question a stated multiple must answer to be the answer itself. */
const STATED_MULTIPLE = 0.4

/** How well a second figure must match, against the best one, to be its partner in a difference. */
const PARTNER = 0.6

/** The share of its description each side's figure must answer. */
export const SIDE_MATCH = 0.35

/** A stated comparison stands for both sides when it fits them at least this share as well as their own best figures do. */
const RELATION_SHARE = 0.8
/** How much of both descriptions a multiple must answer to stand for their comparison. */
const RELATION_FIT = 0.35

/** A − B: "how many more", "by how much", "the gap between", and yes/no comparisons with "by how much". */
export function difference(ctx: ProgramContext): NumericAnswer | undefined {
  const related = relation(ctx)
  if (related) return related
  if (ctx.nq.by === 'span') return spanDifference(ctx)
  const two = twoOperands(ctx)
  if (!two) return undefined
  const [ra, rb] = two
  const [a, b] = align(ctx, ra.amount, rb.amount)
  const d = ctx.finish(combine('−', a, b, a.unit))
  const facts = [...ra.facts, ...rb.facts]
  const bigger = d.value >= 0
  const shown = bigger ? d : ctx.finish(combine('−', b, a, a.unit))
  const verdict = ctx.nq.yesNo === 'which' ? `${bigger ? 'More' : 'Less'}: ` : ctx.nq.yesNo ? `${(ctx.nq.yesNo === 'more') === bigger ? 'Yes' : 'No'}. ` : ''
  const gap = d.value === 0 ? 'no difference' : `${magnitude(shown)}${shown.period ? ` ${bigger ? 'more' : 'less'} a ${shown.period}` : ` ${bigger ? 'more' : 'less'}`}`
  // Money reads as money: "$14 less a month", never "$-14".
  const subject = ra.rule ? 'that' : ra.facts[0]?.owner ?? 'the first'
  const [added, taken] = bigger ? [ra.facts, rb.facts] : [rb.facts, ra.facts]
  // "How far apart are the highest and lowest?" asks for a gap, with neither side first.
  const unordered = /\b(?:between|apart|spread|range|gap|difference)\b/.test(ctx.nq.text) && !/\b(?:more|less|fewer|than)\b/.test(ctx.nq.text)
  const text = `${verdict}${quoteAll(ctx, facts, ra.rule || rb.rule)}. ${shown.expression} = ${result(shown)}${(d.value < 0 && !unordered) || ctx.nq.yesNo ? `: ${subject}, ${gap}` : ''}.${boundNote(added, taken, result(shown))}`
  return ctx.c.done(text, { ...shown, value: Math.abs(d.value) })
}

/**
 * How much longer one lived (reigned, served) than another, from the dates beside their names:
 * "John Gallagher (1919–1980) and Ronald Robinson (1920–1999)" → 79 − 61 = 18 years.
 */
function spanDifference(ctx: ProgramContext): NumericAnswer | undefined {
  const spanOf = (f: Fact) => (f.high as number) - f.value
  const ranges = (side: number) => ctx.picks(side, (f) => f.kind === 'date' && f.date?.year !== undefined && f.high !== undefined && f.high > f.value)
  const pair = bestPair(ranges(0), ranges(1), [])
  if (!pair || Math.min(pair[0].match, pair[1].match) < SIDE_MATCH) return undefined
  const [a, b] = pair.map((p) => p.fact)
  const [sa, sb] = [spanOf(a), spanOf(b)]
  const d = sa - sb
  const r: Amount = { value: Math.abs(d), unit: 'years', expression: `(${a.high} − ${a.value}) − (${b.high} − ${b.value})`, atom: false, operands: [factAmount(ctx.index, a), factAmount(ctx.index, b)].flatMap((x) => x.operands) }
  const longer = d < 0 ? `: ${b.owner ?? 'the second'}, ${-d} years longer` : ''
  return ctx.c.done(`${quoteAll(ctx, [a, b])}. ${r.expression} = ${sa} − ${sb} = ${d} years${longer}.`, r, 'years')
}

/** A ÷ B: "how many times", "by what factor". */
export function ratio(ctx: ProgramContext): NumericAnswer | undefined {
  // Only a multiple states a ratio: "drugs larger than 500 Da" is a threshold, not how many times one is the other.
  const related = relation(ctx, true)
  if (related) return related
  // "How many times more did they have to pay?" with "ten times more": the multiple is stated.
  if (ctx.nq.sides.length < 2) {
    const multiple = rankFacts(ctx.index, sideTerms(ctx.index, ctx.nq, 0), (f) => f.kind === 'multiplier', 1)[0]
    if (multiple && multiple.score >= STATED_MULTIPLE) return undefined
  }
  const two = twoOperands(ctx)
  if (!two) return undefined
  // With no sides named ("by what factor did the number of equations shrink?"), how many times is the
  // larger over the smaller, whichever the text gives first.
  const [x, y] = align(ctx, two[0].amount, two[1].amount)
  const larger = ctx.nq.sides.length < 2 && Math.abs(y.value) > Math.abs(x.value)
  const [ra, rb] = larger ? [two[1], two[0]] : two
  const [a, b] = larger ? [y, x] : [x, y]
  // "0 ÷ 20 = 0 times": a zero is a label ("at 0 °C"), not a size one thing is so many times of.
  if (a.value === 0 || b.value === 0) return undefined
  const r = combine('÷', a, b, '')
  const facts = [...ra.facts, ...rb.facts]
  return ctx.c.done(`${quoteAll(ctx, facts, ra.rule || rb.rule)}. ${r.expression} = ${formatNumber(r.value)}: about ${formatNumber(r.value)} times.${boundNote(ra.facts, rb.facts, `${formatNumber(r.value)} times`)}`, { ...r, period: undefined }, 'times')
}

/** (B − A) ÷ A × 100: the percentage change from A to B, or by how much A exceeds B. */
export function percentChange(ctx: ProgramContext): NumericAnswer | undefined {
  const two = twoOperands(ctx)
  if (!two) return undefined
  // twoOperands gives [later, earlier] for one range; the sides give [from, to].
  const [first, second] = ctx.nq.sides.length >= 2 ? two : [two[1], two[0]]
  const [from, to] = align(ctx, first.amount, second.amount)
  if (from.value === 0) return undefined
  const change = combine('÷', combine('−', to, from, to.unit), from, '')
  const pct = { ...change, value: change.value * 100, unit: 'percent', expression: `${change.expression} × 100`, period: undefined }
  // Quote the figures in the order the question names them.
  const named = (side: number) => ctx.nq.text.indexOf(ctx.nq.sides[side] ?? '\u0000')
  const facts = ctx.nq.sides.length >= 2 && named(0) > named(1) ? [...second.facts, ...first.facts] : [...first.facts, ...second.facts]
  const word = pct.value >= 0 ? 'more' : 'less'
  return ctx.c.done(`${quoteAll(ctx, facts, first.rule || second.rule)}. ${pct.expression} = ${formatNumber(pct.value)}%: ${formatNumber(Math.abs(pct.value))} percent ${word}${/\b(?:grow|grew|rise|rose|increas|fall|fell|drop|declin|improv|reduc)/.test(ctx.nq.text) ? (pct.value >= 0 ? ' (an increase)' : ' (a decrease)') : ''}.${hedgeNote(facts)}`, pct, 'percent')
}

/** Every side's operand: table rules where they apply, else the best assignment of figures (see bestAssignment). */
export function resolveAll(ctx: ProgramContext): Resolved[] | undefined {
  const { nq } = ctx
  const rules = nq.sides.map((_, i) => ctx.resolve(i))
  const picks = nq.sides.map((_, i) => (rules[i]?.rule ? [] : ctx.picks(i)))
  const open = picks.filter((_, i) => !rules[i]?.rule)
  const assigned = open.length ? bestAssignment(open) : []
  if (!assigned) return undefined
  let k = 0
  const out: Resolved[] = []
  for (let i = 0; i < nq.sides.length; i++) {
    const r = rules[i]?.rule ? rules[i] : ctx.resolve(i, undefined, assigned[k++])
    if (!r) return undefined
    out.push(r)
  }
  return out
}

/** A + B + …: "combined", "in total". */
export function sum(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq } = ctx
  // "Counting undergraduates and graduates together, how many students are there per professor?" asks
  // a rate over the total of the parts it names; with no parts named, adding figures would give a wrong
  // one (a period, "per month", is no rate).
  const perThing = perThingOf(nq.text)
  if (perThing && nq.sides.length < 2) return undefined
  let parts: Resolved[] = []
  if (nq.sides.length >= 2) {
    const resolved = resolveAll(ctx)
    if (!resolved) return undefined
    parts = resolved
  } else {
    // "How many epidemics in total": the figures of one kind that the best statement lists.
    // The counted noun asked about, when the question names one: "how many epidemics … in total".
    const counted = nq.want.unit && !unitNamed(nq.want.unit) ? stem(nq.want.unit) : undefined
    const addable = (f: Fact) => isOperand(f) && f.kind !== 'percent'
    let picks = ctx.picks(0, (f) => addable(f) && (!counted || stem(f.unit) === counted || f.unit.endsWith(counted)))
    // A count of things may be the total of counts the reader names by another noun; money never is.
    const counts = (f: Fact) => addable(f) && f.kind === 'count'
    // "How many people in all" of "120 passengers and 15 crew": no figure counts people, the parts do.
    if (picks.length === 0 && counted && TOTAL_ASKED.test(nq.text)) picks = ctx.picks(0, counts)
    const best = picks[0]
    // A total the text states ("In total there are 352 votes") is retrieval's to quote.
    if (!best || /\b(?:total|totall?ing|altogether|in all|combined|overall)\b/i.test(ctx.c.clause(best.fact))) return undefined
    let same = picks.filter((p: Pick) => p.fact.sentenceId === best.fact.sentenceId && compatible(p.fact, best.fact) && p.fact.high === undefined)
    // "…some 900 km on carts … In 1949 they moved it another 200 km": a later sentence of the paragraph
    // that adds to the figure by "another", "a further", "an additional".
    if (same.length < 2) same = addedLater(ctx, picks, best)
    // "How many men in total …" of "200 Troupes de la marine and 30 Indians": the counted noun may be the reader's word for them.
    // (Only when the question asks for a total: "appeared together" is no sum.)
    if (same.length < 2 && TOTAL_ASKED.test(nq.text)) same = listedTogether(counted ? ctx.picks(0, counts) : picks, best)
    if (same.length < 2) return undefined
    parts = same.sort((x, y) => x.fact.start - y.fact.start).map((p) => ({ amount: factAmount(ctx.index, p.fact), facts: [p.fact], score: p.score, match: p.match }))
  }
  const amounts = ctx.samePeriod(parts.map((p) => p.amount))
  let total = amounts[0]
  for (const a of amounts.slice(1)) total = combine('+', total, convert(a, total.unit) ?? a, total.unit)
  // Counts of different nouns ("200 Troupes de la marine and 30 Indians") total in the reader's noun ("men"), or none.
  // ("How many CDs and LPs": the reader's last item is no noun for both.)
  const partNoun = amounts.some((a) => nq.want.unit !== undefined && stem(a.unit) === stem(nq.want.unit))
  if (new Set(amounts.map((a) => a.unit)).size > 1 && !unitNamed(total.unit) && !isMoney(total.unit)) total = { ...total, unit: nq.want.unit && !unitNamed(nq.want.unit) && !partNoun ? nq.want.unit : '' }
  if (perThing) return ratePerThing(ctx, parts, total, perThing)
  total = ctx.finish(total)
  const facts = parts.flatMap((p) => p.facts)
  return ctx.c.done(`${quoteAll(ctx, facts, parts.some((p) => p.rule))}. Together: ${total.expression} = ${result(total)}.${boundNote(facts, [], result(total))}`, total)
}

/**
 * When the best figure stands alone, the statement that lists several figures of one kind and answers
 * the question nearly as well: "Céloron's expedition force consisted of about 200 Troupes de la marine
 * and 30 Indians" over a "2,000-man force" elsewhere.
 */
function listedTogether(picks: readonly Pick[], best: Pick): Pick[] {
  let chosen: Pick[] = []
  let score = 0
  for (const p of picks) {
    if (p.score < best.score * LISTED_SHARE || p.match < SIDE_MATCH || p.fact.high !== undefined) continue
    const group = picks.filter((q) => q.fact.sentenceId === p.fact.sentenceId && q.fact.high === undefined && compatible(q.fact, p.fact))
    const total = group.reduce((n, q) => n + q.score, 0)
    if (group.length >= 2 && total > score) [chosen, score] = [group, total]
  }
  return chosen
}
/**
 * The total of the parts the reader names over the count of what it is per, which a statement of one
 * of the parts gives ("Harvard's 2,400 professors … instruct 7,200 undergraduates and 14,000 graduate
 * students": (7,200 + 14,000) ÷ 2,400 students per professor). No such count beside the parts: no figure.
 */
function ratePerThing(ctx: ProgramContext, parts: readonly Resolved[], total: Amount, thing: { word: string; phrase: string }): NumericAnswer | undefined {
  // Only counts of things share out: money or a rate per something ("$40,000 tuition" per student, "$3 per
  // share") is already each one's, and dividing it again would give a wrong figure.
  const partFacts = parts.flatMap((p) => p.facts)
  if (ctx.nq.want.kind === 'money' || partFacts.some((f) => f.kind !== 'count' || f.per || f.period)) return undefined
  const used = new Set(partFacts.map((f) => f.id))
  const thingStem = stem(thing.word)
  const counts = (f: Fact) => !used.has(f.id) && f.kind === 'count' && f.high === undefined && f.unit.split(/\s+/).some((w) => stem(w) === thingStem)
  const sentences = new Set(partFacts.map((f) => f.sentenceId))
  const denominators = [...sentences].flatMap((id) => (ctx.index.factsBySentence.get(id) ?? []).filter(counts))
  if (denominators.length !== 1 || denominators[0].value === 0) return undefined
  const d = denominators[0]
  const unit = ctx.nq.want.unit && !unitNamed(ctx.nq.want.unit) ? ctx.nq.want.unit : total.unit
  const rate = combine('÷', total, factAmount(ctx.index, d), unit)
  const facts = [...partFacts, d]
  const per = `${unit} ${thing.phrase}`.trim()
  return ctx.c.done(`${quoteAll(ctx, facts)}. ${rate.expression} = ${formatNumber(rate.value)} ${per}.${hedgeNote(facts)}`, rate, per)
}

/** Words that ask for a total, unlike "together", which also says "at once". */
const TOTAL_ASKED = /\b(?:in total|total|altogether|combined|in all|all told|sum)\b/

/** How well a listed figure must answer, against the best figure, for its list to be the sum's. */
const LISTED_SHARE = 0.5

/** Words before a figure that add it to one before: "another 200 km", "a further $2 million". */
const ADDED = /\b(?:another|a further|an additional)\s+(?:(?:about|around|roughly|some|nearly|almost|over)\s+)?(?:(?:US|A|C)?\$|€|£)?\s*$/i

/** The paragraph's figures of one kind where a later one adds to an earlier by "another": the earlier first. */
function addedLater(ctx: ProgramContext, picks: readonly Pick[], best: Pick): Pick[] {
  const passage = passageIdOf(best.fact.sentenceId)
  const kin = picks.filter((p) => passageIdOf(p.fact.sentenceId) === passage && compatible(p.fact, best.fact) && p.fact.high === undefined).sort((x, y) => x.fact.start - y.fact.start)
  const added = kin.filter((p, i) => i > 0 && ADDED.test(textBefore(ctx, p.fact)))
  if (!added.length || !added.concat(kin[0]).includes(best)) return []
  return [kin[0], ...added]
}

/** The text of a figure's sentence before it. */
function textBefore(ctx: ProgramContext, fact: Fact): string {
  const sentence = ctx.index.sentences.get(fact.sentenceId)
  return sentence ? sentence.text.slice(0, fact.start - sentence.start) : ''
}
