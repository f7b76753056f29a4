import { MONTH_NAMES, ROUGH_DATE } from '../ingest/quantities/dates'
import type { DateValue } from '../ingest/quantities/types'
import type { Fact } from '../index/facts'
import type { Amount } from './amounts'
import type { NumericAnswer } from './compose'
import { factAmount, type Pick } from './operands'
import { rankFacts, readTerms } from './match-facts'
import { tokenize } from '../index/tokenize'
import type { ProgramContext } from './program-context'
import { quoteAll } from './ops-basic'

/** The share of an event's description a date must answer to stand for it. */
const DATE_MATCH = 0.4
/** The share of the question a stated duration must answer to be the answer itself. */
const STATED_DURATION = 0.5

/** How much a date as precise as the question asks gains over a bare year. */
const PRECISE = 0.1


/** A date as prose writes it ("November 2014", "10 February 1763", "300 BC"). */
export function dateWords(d: DateValue): string {
  const year = d.year === undefined ? '' : d.year <= 0 ? `${1 - d.year} BC` : String(d.year)
  if (d.month && d.day) return `${MONTH_NAMES[d.month - 1]} ${d.day}, ${year}`.replace(/, $/, '')
  if (d.month) return `${MONTH_NAMES[d.month - 1]} ${year}`.trim()
  return year
}

/** Whole days from the start of year 0 to a date (proleptic Gregorian), for differences in days. */
function dayNumber(d: DateValue): number {
  return Date.UTC(d.year ?? 0, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000
}

/** The time from one date to another in the unit asked: years (calendar years), months or days. */
function between(from: DateValue, to: DateValue, precision: 'years' | 'months' | 'days'): { value: number; expression: string } {
  const y0 = from.year as number
  const y1 = to.year as number
  if (precision === 'days' && from.month && to.month) {
    const value = Math.round(dayNumber(to) - dayNumber(from))
    return { value, expression: `${dateWords(from)} to ${dateWords(to)}` }
  }
  if (precision === 'months' && from.month && to.month) {
    const value = (y1 - y0) * 12 + (to.month - from.month)
    return { value, expression: `(${y1} − ${y0}) × 12 + (${to.month} − ${from.month})` }
  }
  const value = y1 - y0
  // Across the era there is no year zero: 300 BC to AD 1640 is 1,939 years.
  const show = (y: number) => (y <= 0 ? `(−${1 - y} + 1)` : String(y))
  return { value, expression: `${show(y1)} − ${show(y0)}` }
}

/** The date a fact gives for one end: a range's start or end, or the date itself. */
function dateOf(fact: Fact, end: 'low' | 'high' | undefined): DateValue | undefined {
  const d = end === 'high' && fact.dateHigh ? fact.dateHigh : fact.date
  return d?.year === undefined ? undefined : d
}

/** For a question in months or days, a date as precise as asked when a near-equal candidate has it. */
function precise(picks: Pick[], precision: 'years' | 'months' | 'days'): Pick | undefined {
  const best = picks[0]
  if (!best || precision === 'years' || best.fact.date?.month) return best
  return picks.find((p) => p.score >= best.score * 0.7 && p.fact.date?.month && p.fact.date.year === best.fact.date?.year) ?? best
}

/**
 * The time between two dates ("how many years passed between A and B", "how many months after A did
 * B"), or across one range of dates ("how many years did the empire last", "how old was he when he
 * died"): the later year minus the earlier, in months or days when asked and the article is that precise.
 */
export function elapsed(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq } = ctx
  const precision = nq.precision ?? 'years'
  const isDate = (f: Fact) => f.kind === 'date' && f.date?.year !== undefined && !ROUGH_DATE.test(f.text)
  // "How long did Ms K. work for Swedex?" with "worked for 10 years": a stated duration is the answer.
  // (Between two named events the dates decide.)
  if (nq.sides.length < 2) {
    const stated = ctx.picks(0, (f) => f.kind === 'duration' || f.kind === 'age')[0]
    const dated = ctx.picks(0, isDate)[0]
    if (stated && stated.match >= STATED_DURATION && (!dated || stated.score >= dated.score)) return undefined
  }
  let from: { fact: Fact; date: DateValue } | undefined
  let to: { fact: Fact; date: DateValue } | undefined
  if (nq.sides.length >= 2) {
    // The two ends are two moments: a different year, or a different month when months are asked.
    const differs = (f: Fact, g: Fact) => f.date?.year !== g.date?.year || (precision !== 'years' && f.date?.month !== undefined && f.date.month !== g.date?.month) || (precision === 'days' && f.date?.day !== undefined && f.date.day !== g.date?.day)
    const pa = ctx.picks(0, isDate)
    const pb = ctx.picks(1, isDate)
    // A question in months or days expects dates that precise: they gain over bare years.
    const precisionBonus = (f: Fact) => (precision === 'years' ? 0 : (f.date?.month ? PRECISE : 0) + (precision === 'days' && f.date?.day ? PRECISE : 0))
    let best: { a: Pick; b: Pick; score: number } | undefined
    for (const x of pa.slice(0, 8)) for (const y of pb.slice(0, 8)) {
      if (x.fact.id === y.fact.id || !differs(x.fact, y.fact)) continue
      const score = x.score + y.score + precisionBonus(x.fact) + precisionBonus(y.fact)
      if (!best || score > best.score + 1e-9) best = { a: x, b: y, score }
    }
    if (!best || Math.min(best.a.match, best.b.match) < DATE_MATCH) return undefined
    const a = precise([best.a, ...pa.filter((p) => p !== best?.a)], precision) as Pick
    const b = precise([best.b, ...pb.filter((p) => p !== best?.b && differs(p.fact, a.fact))], precision) as Pick
    const da = dateOf(a.fact, nq.ends[0])
    const db = dateOf(b.fact, nq.ends[1])
    if (!da || !db) return undefined
    // The sides name the later event first ("after A did B") or the earlier first ("between A and B"): order by the dates.
    ;[from, to] = (da.year as number) <= (db.year as number) ? [{ fact: a.fact, date: da }, { fact: b.fact, date: db }] : [{ fact: b.fact, date: db }, { fact: a.fact, date: da }]
  } else {
    const picks = ctx.picks(0, isDate)
    const range = picks.find((p) => p.fact.dateHigh && p.score >= (picks[0]?.score ?? 0) * 0.8 && p.match >= DATE_MATCH)
    if (range) {
      from = { fact: range.fact, date: range.fact.date as DateValue }
      to = { fact: range.fact, date: range.fact.dateHigh as DateValue }
    } else {
      const best = picks[0]
      if (!best || nq.by === 'span' || best.match < DATE_MATCH) return undefined
      const other = picks.find((p) => p.fact.sentenceId === best.fact.sentenceId && p.fact.id !== best.fact.id && p.fact.date?.year !== best.fact.date?.year)
      if (!other) return undefined
      const pair = [best.fact, other.fact].sort((x, y) => (x.date?.year as number) - (y.date?.year as number))
      from = { fact: pair[0], date: pair[0].date as DateValue }
      to = { fact: pair[1], date: pair[1].date as DateValue }
    }
  }
  const unit = precision === 'months' && from.date.month && to.date.month ? 'months' : precision === 'days' && from.date.day && to.date.day ? 'days' : 'years'
  const span = between(from.date, to.date, unit)
  const amount: Amount = {
    value: span.value, unit, expression: span.expression, atom: false,
    operands: [
      { label: 'from', value: from.date.year as number, unit: 'year', factId: from.fact.id },
      { label: 'to', value: to.date.year as number, unit: 'year', factId: to.fact.id },
    ],
  }
  const facts = from.fact.id === to.fact.id ? [from.fact] : [from.fact, to.fact]
  const note = precision !== unit ? ` (the article gives only the ${unit === 'years' ? 'years' : 'months'}, so this counts ${unit})` : ''
  const text = `${quoteAll(ctx, facts)}. From ${dateWords(from.date)} to ${dateWords(to.date)} is ${span.value === 1 ? `1 ${unit.replace(/s$/, '')}` : `${span.value} ${unit}`}${note}.`
  return ctx.c.done(text, amount, unit)
}

/** A plain year ("in 2014"), not a month, a decade or a rough date. */
function isYear(f: Fact): boolean {
  return f.kind === 'date' && f.date?.year !== undefined && f.date.month === undefined && !ROUGH_DATE.test(f.text)
}

/**
 * The year someone was born, when the article gives only their age in a dated sentence: "Sami, was 14
 * years old when he first joined in 2014" makes it about 2000 (2014 − 14, or a year earlier if the
 * birthday had not come yet). A birth the article states itself ("born in 1810") is retrieval's to quote.
 */
export function birth(ctx: ProgramContext): NumericAnswer | undefined {
  const { index } = ctx
  const text = (f: Fact) => index.sentences.get(f.sentenceId)?.text ?? ''
  const stated = ctx.picks(0, (f) => isYear(f) && /\bborn\b|\bbirth\b/i.test(text(f)))[0]
  if (stated && stated.match >= SHIFT_MATCH) return undefined
  const age = ctx.picks(0, (f) => f.kind === 'age' && f.high === undefined)[0]
  if (!age || age.match < SHIFT_MATCH) return undefined
  // The sentence's own year, and only one: "14 years old when he first joined in 2014".
  const years = (index.factsBySentence.get(age.fact.sentenceId) ?? []).filter(isYear)
  if (years.length !== 1) return undefined
  return shifted(ctx, years[0], factAmount(index, age.fact), '−', [age.fact, years[0]], (sum, value) =>
    `The article gives no birth date; ${sum}, so born in ${value} (or ${value - 1}, had the birthday not yet come).`)
}

/** "his 24-year tenure", "a 30-year reign": a span that runs on from the year it began. */
const TENURE = /^[- ](?:[\p{L}-]+ )?(?:tenure|reign|term|rule|presidency|premiership|career|stint|administration|leadership|chairmanship|directorship|incumbency|tenancy|lease)\b/u
/** Words that put the sentence's subject before its object by a span ("older than the Rowing Race by 12 years", "antedates the Admiralty's chart by nine years"), or after it. */
const EARLIER = /\b(?:older than|predat(?:es|ed|ing)|antedat(?:es|ed|ing)|preced(?:es|ed|ing)|earlier than|before)\b/i
const LATER = /\b(?:younger than|postdat(?:es|ed|ing)|later than|after|follow(?:s|ed|ing))\b/i
const COMPARED = new RegExp(`${EARLIER.source}|${LATER.source}`, 'gi')

/**
 * A year the article gives only as another year and a span: "Older than the Rowing Race by 12 years"
 * with the race first held in 1850 (1838); "This antedates the Admiralty's chart by nine years", this
 * being a map of 1790 (1799); "In 1901 Ruth Ober became mayor; … her 16-year tenure" ended in 1917.
 * Which year is asked, the earlier or the later, is the side of the sentence the question's words fall on.
 */
export function shift(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq, index } = ctx
  const span = ctx.picks(0, (f) => f.kind === 'duration' && f.unit === 'years' && f.high === undefined)[0]
  const sentence = span && index.sentences.get(span.fact.sentenceId)
  if (!span || !sentence || span.match < SHIFT_MATCH) return undefined
  const text = sentence.text
  const [at, end] = [span.fact.start - sentence.start, span.fact.end - sentence.start]
  const offset = factAmount(index, span.fact)
  // "her 16-year tenure": it ends that many years after the year the sentence gives before it.
  if (TENURE.test(text.slice(end)) || SERVED_FOR.test(text.slice(0, at))) {
    // Only its end is reckoned: "in what year did he take office, given his tenure" is the year the sentence gives.
    if (!ENDED.test(nq.text)) return undefined
    const start = (index.factsBySentence.get(sentence.id) ?? []).filter((f) => isYear(f) && f.start < span.fact.start).at(-1)
    // The year must be when the term began ("In 1901 Ruth Ober became mayor; … her 16-year tenure"),
    // not when it ended ("retired in 1953 after a 24-year tenure") nor a year within it.
    return start && BEGAN.test(text.slice(start.end - sentence.start, at)) ? shifted(ctx, start, offset, '+', [start, span.fact]) : undefined
  }
  // The span must be the comparison's own: "… by 12 years" after it, or "40 years before …" right after the span.
  const before = [...text.slice(0, at).matchAll(COMPARED)].at(-1)
  const after = SPAN_THEN.exec(text.slice(end))
  const cue = BY_SPAN.test(text.slice(0, at)) && before?.index !== undefined ? { at: before.index, words: before[0] } : after ? { at: end + after[1].length, words: after[2] } : undefined
  // A comparison in another clause than the span's is not the span's ("The mill closed in 1880, and the bakery … was older by 20 years").
  if (!cue || (cue.at < at && /[,;:]/.test(text.slice(cue.at, at)))) return undefined
  const earlier = EARLIER.test(cue.words)
  // The object: from the cue to the span or the clause's end ("than the Rowing Race", "the Admiralty's chart of the harbour").
  const objectEnd = cue.at < at ? at : (/[,;.]/.exec(text.slice(cue.at))?.index ?? text.length - cue.at) + cue.at
  const object = text.slice(cue.at + cue.words.length, objectEnd).replace(/\bby\s*$/, '')
  const subject = text.slice(0, Math.min(cue.at, at)) + text.slice(Math.max(objectEnd, end))
  // Which side is asked decides the direction: the one the clause asking the year names ("Given how much
  // older A is than B, in what year did A begin?"), else the whole question; when neither tells, nothing is reckoned.
  const sides = [/\b(?:in )?(?:what|which) year\b.*$/.exec(nq.text)?.[0] ?? '', nq.text].map((words) => {
    const asked = new Set(readTerms(index, words).map((t) => t.stem))
    const overlap = (s: string) => tokenize(s).filter((t) => asked.has(t.stem)).length
    return overlap(object) - overlap(subject)
  })
  const lean = sides.find((d) => d !== 0)
  if (lean === undefined) return undefined
  const askedObject = lean > 0
  // The other side's year: by its own words; a pronoun ("This antedates …") stands for something of the
  // sentences just before, whose years the question's words choose among.
  const other = (askedObject ? subject : object).trim()
  const position = index.position.get(sentence.id) ?? 0
  const earlierSentences = new Set(index.order.slice(Math.max(0, position - PRONOUN_REACH), position).filter((id) => index.sentences.get(id)?.passageId === sentence.passageId))
  const ref = PRONOUN.test(other)
    ? rankFacts(index, readTerms(index, nq.text), (f) => isYear(f) && earlierSentences.has(f.sentenceId), 3)[0]
    : rankFacts(index, readTerms(index, other), isYear, 3)[0]
  // A year that dates something else the side speaks of ("rebuilt after the great fire of 1760") is not the side's own.
  const refSentence = ref && index.sentences.get(ref.fact.sentenceId)
  if (!ref || !refSentence || ref.score < SHIFT_MATCH || OTHER_EVENT.test(refSentence.text.slice(0, ref.fact.start - refSentence.start))) return undefined
  // The subject is earlier than the object by the span: the object's year less it, or the subject's plus it.
  const op = (earlier ? !askedObject : askedObject) ? '−' : '+'
  return shifted(ctx, ref.fact, offset, op, [ref.fact, span.fact])
}

/** "served for 12 years", "ruled for nearly 30 years": a span from the year the sentence gives before it. */
const SERVED_FOR = /\b(?:served|ruled|reigned|lasted|led|governed|presided|held (?:office|power|the post))\s+(?:\w+\s+){0,3}?for\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/i
/** A question about when a span ended: "stop being mayor", "leave office", "in what year did his tenure end". */
const ENDED = /\b(?:end|ended|ends|ending|finish\w*|over|leave|left|stop\w*|retire\w*|step(?:ped)? down|die|died|close|closed|conclu\w*|expire\w*|last year)\b/
/** Words between a year and a tenure that say the term began then. */
const BEGAN = /\b(?:became|become|took office|elected|appointed|beg[au]n|start\w*|assum\w*|succeed\w*|inaugurat\w*|sworn|named|joined|founded|took over|from|since)\b/i
/** A year that dates another event than the one it stands by: "after the great fire of 1760", "since 1901". */
const OTHER_EVENT = /\b(?:after|since|before|until|following)\b[^,;.]*$|\bof\s+$/i
/** "Older than the Rowing Race by 12 years": the span measures the comparison. */
const BY_SPAN = /\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/i
/** "40 years before the new bridge", "six years after it": the comparison right after the span. */
const SPAN_THEN = /^(\s+)(older than|younger than|earlier than|later than|before|after)\b/i
/** A side that is only a pronoun, standing for what the sentences before it speak of. */
const PRONOUN = /^(?:this|that|it|these|those|he|she|they)\b/i
/** How many sentences back a pronoun may reach for its year. */
const PRONOUN_REACH = 4
/** How well a year or span must answer the words that name it. */
const SHIFT_MATCH = 0.4

/** A year plus or minus a span, quoting the facts; `say` words the sum ("1790 + 9 = 1799") as the answer's last sentence. */
function shifted(ctx: ProgramContext, year: Fact, span: Amount, op: '+' | '−', facts: Fact[], say = (sum: string, _value: number) => `${sum}.`): NumericAnswer {
  const from = year.date?.year as number
  const value = op === '+' ? from + span.value : from - span.value
  const amount: Amount = {
    value, unit: 'year', expression: `${from} ${op} ${span.value}`, atom: false,
    operands: [{ label: 'year', value: from, unit: 'year', factId: year.id }, ...span.operands],
  }
  return ctx.c.done(`${quoteAll(ctx, facts)}. ${say(`${from} ${op} ${span.value} = ${value}`, value)}`, amount, 'year')
}
