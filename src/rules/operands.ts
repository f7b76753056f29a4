import { MONTH_NAMES } from '../ingest/quantities/dates'
import { findNumbers } from '../ingest/quantities/number-words'
import { conversionFactor, unitNamed } from '../ingest/quantities/units'
import type { CorpusIndex } from '../index/corpus-index'
import type { Fact } from '../index/facts'
import { stem, tokenize } from '../index/tokenize'
import { type Amount, amount, isMoney } from './amounts'
import { namesCovered, namesWritten, rankFacts, readTerms, type Term } from './match-facts'
import type { NumericQuestion } from './numeric-question'
import { stripModifiers } from './question-modifiers'

/** A fact chosen for an operand, with how well it answers the operand's description. */
export interface Pick {
  fact: Fact
  /** How well it fits: the share of the description's words near it, plus a bonus for the wanted unit. */
  score: number
  /** The share of the description's words near it alone (0–1). */
  match: number
  /** Whether the question writes this figure out ("using the figures of 1.5 million and 75,000"). */
  typed?: boolean
}

/** Share of its weight the words every operand shares count for, against each operand's own words. */
const SHARED_SHARE = 0.5
/** How much a pair of figures from one sentence gains over a pair from two. */
const SAME_SENTENCE = 0.1
/** How much a figure in the wanted unit gains over one in another. */
const UNIT_BONUS = 0.25

/** The terms describing one operand: its own words in full, the shared words at half weight. */
export function sideTerms(index: CorpusIndex, nq: NumericQuestion, side: number): Term[] {
  const ranking = nq.op === 'rank' || nq.op === 'extreme'
  const names = namesWritten(nq.original ?? '')
  const own = readTerms(index, stripModifiers(nq.sides[side] ?? ''), 1, ranking, names)
  // "between Ammar joining ISIS and deserting it": a side that names no one shares the other side's names.
  if (nq.sides.length === 2 && !namesIn(index, nq, side).length) {
    const stems = new Set(own.map((t) => t.stem))
    for (const name of namesIn(index, nq, 1 - side)) for (const t of readTerms(index, name, SHARED_SHARE, ranking, names)) if (!stems.has(t.stem)) own.push({ ...t, borrowed: true })
  }
  // "the law that ended it": a pronoun brings in what the other side describes.
  if (nq.sides.length === 2 && /\b(?:it|its|they|them|their|this|that one|these)\b/.test(nq.sides[side])) {
    const stems = new Set(own.map((t) => t.stem))
    for (const t of readTerms(index, stripModifiers(nq.sides[1 - side]), SHARED_SHARE, ranking, names)) if (!stems.has(t.stem)) own.push({ ...t, borrowed: true })
  }
  const ownStems = new Set(own.map((t) => t.stem))
  const shared = readTerms(index, stripModifiers(nq.shared), nq.sides.length ? SHARED_SHARE : 1, ranking || nq.sides.length === 0, names).filter((t) => !ownStems.has(t.stem))
  return [...own, ...shared]
}

/** The names a side uses: words capitalised in the question as typed, or that the article writes as proper nouns. */
function namesIn(index: CorpusIndex, nq: NumericQuestion, side: number): string[] {
  const text = nq.sides[side] ?? ''
  const original = nq.original ?? ''
  const at = original.toLowerCase().indexOf(text)
  const written = at >= 0 ? original.slice(at, at + text.length) : text
  const proper = index.properNouns
  // A month says when ("as of January 2016"), not whose: it names no subject to share.
  return [...written.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0]).filter((w, i) => ((/^\p{Lu}/u.test(w) && (i > 0 || at > 0)) || proper.has(w.toLowerCase())) && !MONTHS.has(w.toLowerCase()))
}
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.toLowerCase()))

/** Whether a figure is of the kind the question wants (money, a share, a unit that converts, the noun counted). */
export function wantsFact(nq: NumericQuestion, fact: Fact): boolean | undefined {
  const w = nq.want
  if (w.kind === 'money') return fact.kind === 'money'
  if (w.kind === 'percent') return fact.kind === 'percent' || fact.kind === 'part'
  if (w.kind === 'age') return fact.kind === 'age'
  if (w.kind === 'duration') return fact.kind === 'duration'
  if (w.kind === 'score') return fact.kind === 'score'
  if (w.unit) {
    // An age is no stretch of time to add ("14 years old" is not "in days").
    if (unitNamed(w.unit)) return fact.unit !== '' && fact.kind !== 'age' && conversionFactor(fact.unit, w.unit) !== undefined
    return stem(fact.unit) === stem(w.unit) || (fact.kind === 'count' && fact.unit.endsWith(stem(w.unit)))
  }
  return undefined
}

/** Figures an arithmetic question may use: not dates, not restatements in other units. */
export function isOperand(fact: Fact): boolean {
  // A restatement in other units ("12,250 pounds (5,560 kg)") is the same figure again.
  return fact.kind !== 'date' && !fact.restates
}

/** Every fact scored once per question and side (an operation asks for the same side's figures several times). */
const scored = new WeakMap<NumericQuestion, Map<number, { fact: Fact; score: number }[]>>()

/** The facts that answer one side's description at all, scored and sorted, names checked. */
function scoredFacts(index: CorpusIndex, nq: NumericQuestion, side: number): { fact: Fact; score: number }[] {
  let bySide = scored.get(nq)
  if (!bySide) scored.set(nq, (bySide = new Map()))
  let list = bySide.get(side)
  if (!list) {
    const terms = sideTerms(index, nq, side)
    list = rankFacts(index, terms, () => true, Number.POSITIVE_INFINITY).filter((p) => p.score > 0 && namesCovered(index, p.fact, terms))
    bySide.set(side, list)
  }
  return list
}

/**
 * The facts that best answer one operand's description, best first: scored by the description's words
 * near each figure, with a bonus for the unit the question wants; when some figure is of the wanted
 * kind, only those.
 */
export function picksFor(index: CorpusIndex, nq: NumericQuestion, side: number, accept: (f: Fact) => boolean, limit = 12): Pick[] {
  const ranked = scoredFacts(index, nq, side).filter((p) => accept(p.fact))
  // A kind or a unit of measurement the question asks for is a must; a counted noun ("how many people") only a preference.
  const strict = Boolean(nq.want.kind || (nq.want.unit && unitNamed(nq.want.unit)))
  const wanted = strict ? ranked.filter((p) => wantsFact(nq, p.fact)) : []
  const pool = wanted.length ? wanted : ranked
  // "the top of the range": a side that asks for an end of a range prefers a figure that has two.
  const endBonus = (f: Fact) => (nq.ends[side] !== undefined && f.high !== undefined && f.kind !== 'score' ? UNIT_BONUS : 0)
  // "using the article's figures of about 1.5 million and 75,000": a figure the reader writes out is one to use.
  const typed = typedFigures(nq)
  const isTyped = (f: Fact) => f.kind !== 'date' && (typed.has(f.value) || (f.high !== undefined && typed.has(f.high)))
  const out = pool.map((p) => ({ ...p, match: p.score, typed: isTyped(p.fact), score: p.score + (wantsFact(nq, p.fact) ? UNIT_BONUS : 0) + endBonus(p.fact) + (isTyped(p.fact) ? UNIT_BONUS : 0) })).sort((a, b) => b.score - a.score).slice(0, limit)
  return out
}

const NO_FIGURES: ReadonlySet<number> = new Set()

/**
 * The figures a question writes in digits as values of their own, when it writes two or more:
 * "using the figures of about 1.5 million and 75,000". Not a figure in a name ("Apollo 12"), in a
 * word ("OC-12c", "3-bedroom"), a year, nor one that describes a noun ("the 12 primary schools").
 */
function typedFigures(nq: NumericQuestion): ReadonlySet<number> {
  let typed = typedOf.get(nq)
  if (!typed) {
    const question = nq.original ?? nq.text
    const values = new Set(writtenFigures(question).filter((n) => !isYear(n.value) && VALUE_ENDS.test(question.slice(n.end))).map((n) => n.value))
    // One figure alone is a setting or a relation ("5 times more than Israel", "in 1979"), not the operands.
    typed = values.size >= 2 ? values : NO_FIGURES
    typedOf.set(nq, typed)
  }
  return typed
}
/** Read once per question: every side's picks ask. */
const typedOf = new WeakMap<NumericQuestion, ReadonlySet<number>>()

/** What may follow a figure written as a value: the end, a stop, or a word that joins or compares. */
const VALUE_ENDS = /^\s*(?:$|[,.;:?!)]|(?:and|or|vs\.?|versus|to|than|respectively|in|at|on|for|of|as|from)\b)/i

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1000 && value <= 2100
}

/** The figures a question writes in digits, each a word of its own and not part of a name ("Apollo 12", "OC-12c", "3-bedroom"). */
export function writtenFigures(question: string): { value: number; start: number; end: number }[] {
  const names = namesWritten(question)
  const alone = (n: { start: number; end: number }) => !/[\p{L}\d-]/u.test(question[n.start - 1] ?? '') && !/[\p{L}\d-]/u.test(question[n.end] ?? '')
  return findNumbers(question).filter((n) => !n.words && alone(n) && !names.has(question.slice(n.start, n.end)))
}

/** Figures the reader writes out go together across sentences, if both are counts or plain numbers (never a share with a count). */
function typedPair(a: Pick, b: Pick): boolean {
  const plain = (f: Fact) => (f.kind === 'count' || f.kind === 'number') && !unitNamed(f.unit)
  return Boolean(a.typed && b.typed) && plain(a.fact) && plain(b.fact) && a.fact.value !== b.fact.value
}

/** Whether two figures can meet in one sum or difference: same currency, same dimension, same counted noun. */
export function compatible(a: Fact, b: Fact): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind
  if (isMoney(a.unit) || isMoney(b.unit)) return a.unit === b.unit
  if (a.kind === 'percent' || b.kind === 'percent') return a.kind === b.kind
  if (a.kind === 'part' || b.kind === 'part') return a.kind === b.kind
  if (a.kind === 'multiplier' || b.kind === 'multiplier') return a.kind === b.kind
  if (a.kind === 'age' || b.kind === 'age') return (a.kind === 'age' || a.kind === 'duration') && (b.kind === 'age' || b.kind === 'duration')
  // A bare number meets a figure with a unit only when its sentence gives it that unit; two bare numbers meet.
  if (!a.unit && !b.unit) return a.sentenceId === b.sentenceId
  // Not a measure: "In ten years the population grew from 76,000…" does not subtract the ten years.
  if (!a.unit || !b.unit) return a.sentenceId === b.sentenceId && (a.kind === 'number' || b.kind === 'number') && !unitNamed(a.unit || b.unit)
  if (a.unit === b.unit || conversionFactor(a.unit, b.unit) !== undefined) return true
  // Counts of different nouns still meet ("168,637 members" and "152,775 Muslims"); measures of different dimensions do not.
  return stem(a.unit) === stem(b.unit) || (a.kind === 'count' && b.kind === 'count')
}

/** What announces a whole given as its parts: "the force consisted of about 200 troops and 30 scouts". */
const COMPOSED = /\b(?:consist(?:s|ed|ing)? of|compris(?:es|ed|ing)|(?:made|composed) up of|composed of)\s+(?:(?:about|some|roughly|around|approximately|nearly|over|just) )?$/i
/** Between one part and the next: its noun, then "and" or a comma. */
const NEXT_PART = /^[^,;:.\d()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|some|roughly|around|approximately|nearly|over|just|another|a further) )?$/i

/**
 * The figures a whole is given as, when its sentence lists its parts ("Céloron's force consisted of
 * about 200 Troupes de la marine and 30 Indians": 200 and 30); else the figure alone.
 */
export function partsOf(index: CorpusIndex, fact: Fact, asked: string): Fact[] {
  const sentence = index.sentences.get(fact.sentenceId)
  if (!sentence || fact.high !== undefined || !COMPOSED.test(sentence.text.slice(0, fact.start - sentence.start))) return [fact]
  const parts = [fact]
  const later = (index.factsBySentence.get(fact.sentenceId) ?? []).filter((f) => f.start > fact.start).sort((a, b) => a.start - b.start)
  for (const f of later) {
    const last = parts[parts.length - 1]
    const gap = sentence.text.slice(last.end - sentence.start, f.start - sentence.start)
    if (!NEXT_PART.test(gap) || f.kind !== fact.kind || f.unit === 'percent' || isMoney(f.unit) !== isMoney(fact.unit) || f.high !== undefined) break
    parts.push(f)
  }
  // "How many Indians did the force have?" asks for one part, not the whole.
  const words = new Set(tokenize(asked).map((t) => t.stem))
  return parts.some((f) => f.unit && words.has(stem(f.unit))) ? [fact] : parts
}

/** Which end of a range a figure contributes: its low end, its high end, or (with no end asked) the range's low end with the high kept aside. */
export function valueAt(fact: Fact, end: 'low' | 'high' | undefined): number {
  return end === 'high' && fact.high !== undefined && fact.kind !== 'score' ? fact.high : fact.value
}

/** A figure as an amount, one end of a range when asked for. */
export function factAmount(index: CorpusIndex, fact: Fact, end?: 'low' | 'high', label?: string): Amount {
  const value = valueAt(fact, end)
  const unit = fact.kind === 'age' ? 'years' : fact.unit
  return amount(value, unit, { label: label ?? labelOf(index, fact), value, unit: unit || undefined, factId: fact.id }, { period: fact.period, scale: fact.scale })
}

/** A short label for a figure: its owner and what its clause says, in a few words. */
export function labelOf(index: CorpusIndex, fact: Fact): string {
  const sentence = index.sentences.get(fact.sentenceId)
  if (!sentence) return fact.text
  const at = fact.start - sentence.start
  // Whole words only: a cut that falls inside a word drops what is left of it.
  const from = Math.max(0, at - 60)
  const inWord = from > 0 && (/[\p{L}\p{N}]/u.test(sentence.text[from - 1]) || /\d[,.]$/.test(sentence.text.slice(from - 2, from)))
  const window = sentence.text.slice(from, at).replace(inWord ? /^\S*\s*/u : /^/, '')
  const before = window.split(/[;:]|(?<!\d),|,(?!\d)/).at(-1)?.trim() ?? ''
  return `${before} ${fact.text}`.trim()
}

/**
 * One figure for each of several descriptions, all different and compatible with the first: the
 * assignment of their best few figures that scores most in all, a little more when figures stand in
 * one sentence (a list of figures usually stands in one statement: "throwing for 3,837 yards and
 * rushing for 636"). Taking each side's best in turn would give "CDs" the LPs' figure when the LPs'
 * figure is the better match for both.
 */
export function bestAssignment(picks: readonly Pick[][]): Pick[] | undefined {
  const top = picks.map((list) => list.slice(0, picks.length <= 3 ? 6 : 4))
  let best: { chosen: Pick[]; score: number } | undefined
  const chosen: Pick[] = []
  const search = (side: number, score: number) => {
    if (side === top.length) {
      const perSentence = new Map<string, number>()
      for (const p of chosen) perSentence.set(p.fact.sentenceId, (perSentence.get(p.fact.sentenceId) ?? 0) + 1)
      const total = score + SAME_SENTENCE * Math.max(0, ...perSentence.values()) - SAME_SENTENCE
      if (!best || total > best.score + 1e-9) best = { chosen: [...chosen], score: total }
      return
    }
    for (const p of top[side]) {
      if (chosen.some((y) => y.fact.id === p.fact.id) || (chosen[0] && !compatible(p.fact, chosen[0].fact))) continue
      chosen.push(p)
      search(side + 1, score + p.score)
      chosen.pop()
    }
  }
  search(0, 0)
  return best?.chosen
}

/** The best pair of compatible figures for two operands, the same figure only when it is a range asked at both ends. */
export function bestPair(a: readonly Pick[], b: readonly Pick[], ends: ('low' | 'high' | undefined)[]): [Pick, Pick] | undefined {
  let best: { pair: [Pick, Pick]; score: number; typed: number } | undefined
  for (const x of a.slice(0, 10)) {
    for (const y of b.slice(0, 10)) {
      const same = x.fact.id === y.fact.id
      if (same && !(x.fact.high !== undefined && ends[0] !== ends[1])) continue
      if (!compatible(x.fact, y.fact) && !typedPair(x, y)) continue
      // Two figures a question compares usually stand in one statement ("planned to last 48 hours … went on for 63 days").
      const score = x.score + y.score + (x.fact.sentenceId === y.fact.sentenceId ? SAME_SENTENCE : 0)
      // Figures the reader writes out come first: a pair with more of them beats any fit of words.
      const typed = Number(Boolean(x.typed)) + Number(Boolean(y.typed))
      if (!best || typed > best.typed || (typed === best.typed && score > best.score + 1e-9)) best = { pair: [x, y], score, typed }
    }
  }
  return best?.pair
}
