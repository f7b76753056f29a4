import type { CorpusIndex } from '../index/corpus-index'
import { hedgeMeaning } from '../ingest/quantities/hedges'
import { findNumbers } from '../ingest/quantities/number-words'
import { conversionFactor, unitNamed } from '../ingest/quantities/units'
import type { Fact } from '../index/facts'
import { isContentWord, stem, tokenize } from '../index/tokenize'
import { type Amount, amount, combine, formatNumber, given, isMoney } from './amounts'
import type { NumericAnswer } from './compose'
import { rankFacts, readTerms, scoreFact } from './match-facts'
import { REMAINDER_CUE } from './numeric-question'
import { factAmount, isOperand, type Pick, writtenFigures } from './operands'
import { quoteAll } from './ops-basic'
import type { ProgramContext } from './program-context'
import { hedgeNote, joinWords, result } from './wording'

/**
 * Groups of words that split a whole in two: a share of one is 100 minus the share of the other
 * ("60 percent were under the age of 18" → 40 percent adults). General English, not any article's.
 */
const COMPLEMENTS: [string[], string[]][] = [
  [['adult', 'adults', 'grown', 'grownup', 'grownups', 'grown-up', 'grown-ups', 'mature', 'older', 'over-age'], ['child', 'children', 'minor', 'minors', 'kid', 'kids', 'juvenile', 'juveniles', 'underage', 'teen', 'teens', 'teenager', 'teenagers', 'youth', 'younger', 'under-age', 'under 18', 'under the age']],
  [['male', 'males', 'men', 'man', 'boys'], ['female', 'females', 'women', 'woman', 'girls']],
  [['urban', 'city', 'cities'], ['rural', 'countryside']],
  [['employed', 'working'], ['unemployed', 'jobless']],
  [['foreign', 'foreigners', 'international'], ['local', 'locals', 'domestic', 'native', 'natives']],
  [['public'], ['private']],
  [['good', 'decent'], ['bad']],
  [['survived', 'survive', 'survivors', 'surviving', 'alive', 'lived'], ['killed', 'died', 'dead', 'deaths', 'perished', 'lost']],
]

const NEGATION = /\b(?:not|n't|non-?|outside|other than|excluding|except|besides|rest|remaining|remainder|neither|no longer)\b/g

/** How well a list neighbour must fit, against the best share, to be the one whose rest is asked. */
const LIST_FIT = 0.8

/**
 * The words that speak of one figure: its clause, or its own item when the clause lists several
 * figures ("23.9% under the age of 18, 10.5% from 18 to 24": "10.5% from 18 to 24").
 */
function ownWords(ctx: ProgramContext, fact: Fact): string {
  const clause = ctx.c.clause(fact)
  const sentence = ctx.index.sentences.get(fact.sentenceId)
  const listed = (ctx.index.factsBySentence.get(fact.sentenceId) ?? []).filter((f) => f.kind === fact.kind && ctx.c.clause(f) === clause)
  if (!sentence || listed.length < 2) return clause
  const at = fact.start - sentence.start
  const before = Math.max(sentence.text.lastIndexOf(',', at), sentence.text.lastIndexOf(';', at)) + 1
  const after = sentence.text.slice(at).search(/[,;]/)
  return sentence.text.slice(before, after < 0 ? undefined : at + after)
}

/** An age a split is made at, below it or above it: "under the age of 18", "65 years of age or older". */
const UNDER_AGE = /\b(?:under|below|younger than) (?:the age of )?(\d+)|\b(\d+) (?:years )?(?:of age )?(?:or|and) (?:younger|under)\b/g
const OVER_AGE = /\b(?:over|above|older than) (?:the age of )?(\d+)|\b(\d+) (?:years )?(?:of age )?(?:or|and) (?:older|over)\b/g

/** The age a text splits at, if it names one. */
function ageLimit(text: string): number | undefined {
  const lower = text.toLowerCase()
  const m = [...lower.matchAll(UNDER_AGE), ...lower.matchAll(OVER_AGE)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0]
  return m ? Number(m[1] ?? m[2]) : undefined
}

/** Which side of a split a text stands on (0 or 1) for each complement group it touches. */
function sidesIn(text: string): Map<number, number> {
  const lower = ` ${text.toLowerCase()} `
    .replace(UNDER_AGE, ' under-age ')
    .replace(OVER_AGE, ' over-age ')
  const out = new Map<number, number>()
  COMPLEMENTS.forEach(([a, b], g) => {
    const inA = a.some((w) => lower.includes(` ${w} `))
    const inB = b.some((w) => lower.includes(` ${w} `))
    if (inA !== inB) out.set(g, inA ? 0 : 1)
  })
  return out
}

/** How well a stated share must fit the question to be the one asked about. */
const FITS = 0.3

/**
 * A share: a part over its whole ("3-of-15" is 20%), the complement of a stated percentage when the
 * question asks for the rest ("not female", "outside the Middle East", "adults" against "under 18"),
 * or the reader's own part and whole. A plain "what percentage" lookup is left to retrieval.
 */
export function share(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq, index } = ctx
  const asked = nq.text.replace(NEGATION, ' ')
  const terms = readTerms(index, asked)
  const percents = rankFacts(index, terms, (f) => f.kind === 'percent', 6)
  const parts = rankFacts(index, terms, (f) => f.kind === 'part', 3)
  const best = percents[0]
  const part = parts[0]
  if (part && part.score >= FITS && (!best || part.score > best.score)) return partOf(ctx, part.fact)
  // Two numbers the reader gives ("what percentage of 352 votes do 260 represent").
  const typed = findNumbers(nq.text).filter((n) => !n.words || n.value > 10)
  if (typed.length === 2 && !best?.score) return typedShare(ctx, typed[0].value, typed[1].value)
  const pair = partAndWhole(ctx)
  if (best) {
    const clause = ctx.c.clause(best.fact)
    const asks = sidesIn(nq.text)
    // "45 or older" is not the rest of "under the age of 18": a split by age splits at one age.
    const askedAge = ageLimit(nq.text)
    const opposite = (f: Fact) => {
      const said = ownWords(ctx, f)
      const says = sidesIn(said)
      const saidAge = ageLimit(said)
      return [...asks].some(([g, side]) => says.has(g) && says.get(g) !== side) && (askedAge === undefined || saidAge === undefined || askedAge === saidAge)
    }
    // The share of the other side may be the best one's list neighbour ("18 or older" against "…
    // under the age of 18, … from 18 to 24"), as well as it fits the question.
    const other = percents.find((p) => p.score >= FITS && p.score >= best.score * LIST_FIT && p.fact.sentenceId === best.fact.sentenceId && opposite(p.fact))
    const negated = Boolean(nq.negated) && !/\b(?:not|non-?|no)\b/i.test(clause)
    if (other) return complement(ctx, other.fact)
    if (negated && best.score >= FITS) return complement(ctx, best.fact)
    // A stated percentage that fits is the answer (retrieval quotes it), unless a part and its whole
    // fit their sides better ("out of 1,178,914 inhabitants 833,500 were of Polish mother tongue"
    // against "about 30 percent of the city's total population").
    if (best.score >= FITS && !(pair && (pair.piece.match + pair.whole.match) / 2 > best.score)) return undefined
  }
  // "What percentage of the town's pupils were in the grammar school?" with a list of the schools' pupils and no total: their sum.
  const listed = shareOfList(ctx)
  if (listed) return listed
  // "What percentage of the library's volumes are in X": a count over its whole.
  if (pair) {
    const whole = ctx.resolve(1, undefined, pair.whole)
    const piece = ctx.resolve(0, undefined, pair.piece)
    if (whole && piece && whole.amount.value !== 0 && piece.amount.value <= whole.amount.value) {
      const pct = combine('×', combine('÷', piece.amount, whole.amount, ''), given(100, 'percent'), 'percent')
      return ctx.c.done(`${quoteAll(ctx, [...piece.facts, ...whole.facts])}. ${pct.expression} = ${formatNumber(pct.value)}%.${hedgeNote([...piece.facts, ...whole.facts])}`, pct, 'percent')
    }
  }
  return undefined
}

/** How well a side must fit its figure for the figure to stand for its part or its whole. */
const PART_WHOLE_MATCH = 0.5

/**
 * The part and the whole, chosen together: the best-fitting pair of distinct figures of related
 * things. Chosen one at a time, both sides can want the same figure ("the library system's volumes"
 * fits "the John Crerar Library contains 1.3 million volumes" too). A figure the question itself
 * writes ("under 18") is a label, and two figures of one list are peers, not a part and its whole
 * ("610 pupils in the grammar school" is no share of "1,240 pupils in the primary schools").
 */
function partAndWhole(ctx: ProgramContext): { piece: Pick; whole: Pick } | undefined {
  if (ctx.nq.sides.length < 2) return undefined
  const counted = shareOperand(ctx, ['count', 'measure', 'money', 'number'])
  const wholes = ctx.picks(1, counted).filter((p) => p.match >= PART_WHOLE_MATCH).slice(0, 6)
  const pieces = ctx.picks(0, counted).filter((p) => p.match >= PART_WHOLE_MATCH).slice(0, 6)
  let best: { piece: Pick; whole: Pick; fit: number } | undefined
  for (const whole of wholes) {
    for (const piece of pieces) {
      if (piece.fact.id === whole.fact.id || !comparable(ctx.index, piece.fact, whole.fact) || peers(ctx.index, piece.fact, whole.fact)) continue
      const fit = piece.match + whole.match
      if (!best || fit > best.fit) best = { piece, whole, fit }
    }
  }
  // A part larger than its whole means the sides were read wrong: no share.
  return best && best.piece.fact.value <= best.whole.fact.value ? best : undefined
}

/**
 * A part of a list that gives no total ("1,240 pupils in the primary schools, 860 … and 95 pupils in
 * the sea academy"), when the whole the question names fits the list's sentence at least as well as
 * any figure elsewhere: the share of the list's sum.
 */
function shareOfList(ctx: ProgramContext): NumericAnswer | undefined {
  if (ctx.nq.sides.length < 2) return undefined
  const counted = shareOperand(ctx, ['count'])
  const piece = ctx.picks(0, counted).find((p) => p.match >= PART_WHOLE_MATCH)
  if (!piece) return undefined
  const sentence = ctx.index.sentences.get(piece.fact.sentenceId)?.text ?? ''
  const list = (ctx.index.factsBySentence.get(piece.fact.sentenceId) ?? []).filter((f) => counted(f) && f.high === undefined && stem(f.unit) === stem(piece.fact.unit))
  if (list.length < 3 || TOTAL_CUE.test(sentence)) return undefined
  const wholes = ctx.picks(1, counted)
  const inList = Math.max(0, ...wholes.filter((w) => w.fact.sentenceId === piece.fact.sentenceId).map((w) => w.match))
  const elsewhere = Math.max(0, ...wholes.filter((w) => w.fact.sentenceId !== piece.fact.sentenceId && comparable(ctx.index, piece.fact, w.fact)).map((w) => w.match))
  if (inList < PART_WHOLE_MATCH || inList < elsewhere) return undefined
  const total = list.map((f) => factAmount(ctx.index, f)).reduce((a, b) => combine('+', a, b, piece.fact.unit))
  const pct = combine('×', combine('÷', factAmount(ctx.index, piece.fact), total, ''), given(100, 'percent'), 'percent')
  return ctx.c.done(`${quoteAll(ctx, list)}. The article gives no total, so the whole is the sum of its figures: ${pct.expression} = ${formatNumber(pct.value)}%.${hedgeNote(list)}`, pct, 'percent')
}

/** Figures of the given kinds that can be a part or a whole: operands, and not a figure the question itself writes ("under 18"). */
function shareOperand(ctx: ProgramContext, kinds: readonly string[]): (f: Fact) => boolean {
  const written = new Set(writtenFigures(ctx.nq.original ?? ctx.nq.text).map((n) => n.value))
  return (f) => isOperand(f) && kinds.includes(f.kind) && !written.has(f.value)
}

/** Whether a figure can be a share of another: the same unit, related counted nouns ("soldiers" of "troops"), or units that convert. */
function comparable(index: CorpusIndex, a: Fact, b: Fact): boolean {
  if (a.kind === 'count' && b.kind === 'count') return relatedNouns(index, a.unit, b.unit)
  return compatibleCount(a, b)
}

function relatedNouns(index: CorpusIndex, a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)]
  const near = (p: string, q: string) => [...(index.synonyms.get(p) ?? []), ...(index.neighbours.get(p) ?? [])].some(([s]) => s === q)
  return x === y || near(x, y) || near(y, x)
}

/** Two figures of one list: the same sentence and counted noun, with nothing saying one is the total. */
function peers(index: CorpusIndex, a: Fact, b: Fact): boolean {
  if (a.sentenceId !== b.sentenceId || stem(a.unit) !== stem(b.unit)) return false
  return !TOTAL_CUE.test(index.sentences.get(a.sentenceId)?.text ?? '')
}
const TOTAL_CUE = /\b(?:of which|out of|in all|in total|a total of|altogether|including)\b|\bof (?:the|its|their|his|her) (?:\S+ )?[\d$£€]/i

function compatibleCount(a: Fact, b: Fact | undefined): boolean {
  return !b || a.unit === b.unit || !a.unit || !b.unit || conversionFactor(a.unit, b.unit) !== undefined
}

function partOf(ctx: ProgramContext, fact: Fact): NumericAnswer {
  const part = factAmount(ctx.index, fact)
  const whole = { ...part, value: fact.of as number, expression: formatNumber(fact.of as number) }
  const pct = combine('×', combine('÷', part, whole, ''), given(100, 'percent'), 'percent')
  return ctx.c.done(`${quoteAll(ctx, [fact])}. ${pct.expression} = ${formatNumber(pct.value)}%.`, pct, 'percent')
}

function typedShare(ctx: ProgramContext, a: number, b: number): NumericAnswer | undefined {
  const [part, whole] = a <= b ? [a, b] : [b, a]
  if (whole === 0) return undefined
  const facts = ctx.index.artifact.facts.filter((f) => f.value === part || f.value === whole || f.of === whole)
  const pct = combine('×', combine('÷', given(part, 'part'), given(whole, 'whole'), ''), given(100, 'percent'), 'percent')
  const cited = facts.slice(0, 2)
  return ctx.c.done(`${cited.length ? `${quoteAll(ctx, cited)}. ` : ''}${pct.expression} = ${formatNumber(pct.value)}%.`, { ...pct, operands: pct.operands.map((o, i) => (i < 2 && cited[0] ? { ...o, factId: cited[0].id } : o)) }, 'percent')
}

/**
 * 100 minus a share. The rest of a range ("50% to 60%") is a range too: "at minimum" asks for its low
 * end (100 minus the top), "at most" for its high end; a ceiling ("up to three-fourths") leaves a floor.
 */
function complement(ctx: ProgramContext, fact: Fact): NumericAnswer {
  const end = /\b(?:at (?:the )?(?:minimum|least)|minimum|lowest|smallest)\b/.test(ctx.nq.text) ? 'low' : /\b(?:at (?:the )?most|maximum|highest|largest)\b/.test(ctx.nq.text) ? 'high' : undefined
  const ranged = fact.high !== undefined
  const p = factAmount(ctx.index, fact, ranged && end === 'low' ? 'high' : 'low')
  const rest = combine('−', given(100, 'whole', 'percent'), p, 'percent')
  let text = `The rest is ${rest.expression} = ${formatNumber(rest.value)}%`
  if (ranged && end === undefined) {
    const top = combine('−', given(100, 'whole', 'percent'), factAmount(ctx.index, fact, 'high'), 'percent')
    text = `The rest is ${top.expression} = ${formatNumber(top.value)}% to ${rest.expression} = ${formatNumber(rest.value)}%`
  }
  const bound = hedgeMeaning(fact.hedge) === 'ceiling' ? ` Since the article says “${fact.hedge}”, that is the least the rest can be.` : ''
  return ctx.c.done(`${quoteAll(ctx, [fact])}. ${text}.${bound}${bound ? '' : hedgeNote([fact])}`, rest, 'percent')
}

/**
 * The whole less a part the question excludes: "how many billions … were not outright grants" with
 * "$2.2 billion …, including $1.5 billion in outright grants"; "how many of the 450 buildings are not
 * listed" with "244 are listed". The whole is the largest figure of its statement, the part the one
 * nearest the excluded words.
 */
export function remainder(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq, index } = ctx
  // "how many … were not outright grants", "how many non-Jewish residents": what the whole is left without.
  const excluded = /\b(?:not|n't|other than|rather than|excluding|on top of)\s+(.+)$|\bnon-(\w.*)$/.exec(nq.text)?.slice(1).find(Boolean) ?? ''
  const asked = nq.text.replace(REMAINDER_CUES, ' ')
  // The best-fitting figure whose statement holds a whole and a part ("Warsaw's prewar Jewish population
  // of more than 350,000" fits "non-Jewish residents" best but holds no whole to take it from).
  const percent = (f: Fact) => f.unit === 'percent'
  const statementOf = (fact: Fact) => (index.factsBySentence.get(fact.sentenceId) ?? []).filter((f) => isOperand(f) && compatibleCount(f, fact) && percent(f) === percent(fact) && f.high === undefined)
  // "How many seconds were left …": only a figure in the unit asked for, never yards.
  const unit = nq.want.unit !== undefined ? unitNamed(nq.want.unit)?.name : undefined
  // "How many fighters survived?" counts: no money figure is a whole of fighters.
  const counting = /\bhow many\b/.test(nq.text) && nq.want.kind !== 'money'
  const inUnit = (f: Fact) => isOperand(f) && !(counting && isMoney(f.unit)) && (unit === undefined || f.unit === unit || conversionFactor(f.unit, unit) !== undefined)
  const ranked = rankFacts(index, readTerms(index, asked), inUnit, 4)
  const best = ranked.find((p) => p.score >= 0.35 && (p.fact.of !== undefined || statementOf(p.fact).length >= 2))
  if (!best) return ranked[0] && ranked[0].score >= 0.35 ? lessNamed(ctx, ranked[0].fact, excluded) : undefined
  // A sentence that says what is left ("300 survived", "1,200 remained") answers by itself; one where
  // the whole grew ("rose by 40,000") leaves nothing to take away; and who survived, or what was left,
  // follows only from a whole and what it lost ("died", "reduced by").
  const said = index.sentences.get(best.fact.sentenceId)?.text ?? ''
  const afterLoss = /\b(?:surviv\w*|(?:is|are|was|were|be|been) left)\b/.test(nq.text)
  if (STATES_REST.test(said) || (GREW.test(said) && !SHRANK.test(said)) || (afterLoss && !SHRANK.test(said))) return undefined
  // "7,000 out of 20,000 inhabitants died": the part and its whole in one figure.
  if (best.fact.of !== undefined && best.fact.of > best.fact.value) {
    const part = factAmount(index, best.fact)
    const whole = amount(best.fact.of, part.unit, { ...part.operands[0], value: best.fact.of }, { period: best.fact.period, scale: best.fact.scale })
    const r = combine('−', whole, part, best.fact.unit)
    return ctx.c.done(`${quoteAll(ctx, [best.fact])}. ${r.expression} = ${result(r)}.${hedgeNote([best.fact])}`, r)
  }
  const statement = statementOf(best.fact)
  const whole = statement.reduce((a, b) => (b.value > a.value ? b : a))
  const others = statement.filter((f) => f.id !== whole.id && f.value < whole.value)
  if (others.length === 0) return undefined
  const terms = readTerms(index, excluded || asked)
  const part = excluded ? others.map((f) => ({ f, s: scoreFact(index, f, terms) })).sort((a, b) => b.s - a.s)[0].f : others.reduce((a, b) => (b.value > a.value ? b : a))
  const r = combine('−', factAmount(index, whole), factAmount(index, part), whole.unit)
  return ctx.c.done(`${quoteAll(ctx, [whole, part])}. ${r.expression} = ${result(r)}.${hedgeNote([whole, part])}`, r)
}

/**
 * A whole less the things a clause of its sentence names: "Of the twelve clubs …, Avonford was
 * relegated" leaves 12 − 1 that were not. The clause must speak of what the question
 * excludes, and name its things (and nothing else) before it says what they did.
 */
function lessNamed(ctx: ProgramContext, whole: Fact, excluded: string): NumericAnswer | undefined {
  const { index } = ctx
  const sentence = index.sentences.get(whole.sentenceId)
  const wanted = new Set(tokenize(excluded).filter((t) => isContentWord(t.word)).map((t) => t.stem))
  if (!sentence || whole.kind !== 'count' || wanted.size === 0) return undefined
  const phrases = sentence.text.split(PHRASE_BREAK)
  for (const [i, text] of phrases.entries()) {
    if (tokenize(text).filter((t) => wanted.has(t.stem)).length < Math.ceil(NAMED_CLAUSE * wanted.size)) continue
    const named = namesListed(text)
    // "Avonford, Brill and Castlecombe faced …": a list the commas cut is not counted from its last piece.
    if (named && i > 0 && BARE_NAME.test(phrases[i - 1])) return undefined
    if (!named || named.length >= whole.value) continue
    const names = joinWords(named)
    const r = combine('−', factAmount(index, whole), given(named.length, names), whole.unit)
    const expression = `${formatNumber(whole.value)} − ${named.length}`
    return ctx.c.done(`${ctx.c.quote(whole)}: “${text.trim()}”. ${expression} (${names}) = ${result(r)}.${hedgeNote([whole])}`, { ...r, expression })
  }
  return undefined
}
/** Where a sentence's phrases part: punctuation, and "while", "whereas", "but". */
const PHRASE_BREAK = /[,;:()—]|\s(?:while|whereas|but)\s/
/** The share of the excluded words a clause must say to be the one that names what is excluded. */
const NAMED_CLAUSE = 0.6
/** A name of one or more capitalised words: "Avonford", "the Bank of England". */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*`
/** Names listed, then the lower-case word that says what they did. */
const NAMES_FIRST = new RegExp(String.raw`^\s*((?:${NAME}(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*and\s+)?)+)\s+\p{Ll}`, 'u')
/** A phrase that is a name and nothing else: a piece of a list its commas cut. */
const BARE_NAME = new RegExp(String.raw`^\s*(?:and\s+)?${NAME}\s*$`, 'u')
/** The names a phrase opens with, as its subject ("Brill and Castlecombe were fined …"); undefined when it opens otherwise. */
function namesListed(phrase: string): string[] | undefined {
  const subject = NAMES_FIRST.exec(phrase)?.[1]
  const parts = subject?.split(/\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+/).map((p) => p.trim()).filter(Boolean)
  // A capitalised word that opens a sentence is no name ("Of the nine members …", "They …").
  return parts?.length && parts.every((p) => isContentWord(p.replace(/^the\s+/, '').split(/\s+/)[0].toLowerCase())) ? parts : undefined
}

/** Every remainder cue of a question, to read what it asks without them. */
const REMAINDER_CUES = new RegExp(REMAINDER_CUE.source, 'g')
/** A statement that gives what is left itself: "300 survived", "the remaining 12", "still has 300". */
const STATES_REST = /\d[\d,.]*(?:\s+[\p{L}-]+){0,3}?\s+(?:surviv(?:ed|e|es)|remain(?:ed|s)?|(?:were|was|are|is) left|left over)\b|\b(?:remaining|surviving|other) (?:[\p{L}-]+ )?\d|\bstill\s+(?:[\p{L}-]+\s+){0,2}?[$€£]?\d|\d[\d,.]*(?:\s+[\p{L}-]+){0,3}?\s+still\b/iu
/** A whole that grew, or one that shrank: "increased by 40,000", "reduced by nearly 40,000". */
const GREW = /\b(?:ris(?:e|es|ing)|rose|increas\w*|gr[eo]w\w*|add(?:ed|s|ing)?|gain\w*)\b/i
const SHRANK = /\b(?:reduc\w*|decreas\w*|fell|fall\w*|dropp?\w*|declin\w*|lost|loss|died|killed|destroyed|out of)\b/i

/** Money that is each one's: "each received", "apiece", "for every guest". */
const EACH = /\b(?:each|apiece|every)\b/i
/** Money given per something just after it: "$300 a night", "$40 per head". */
const RATE_AFTER = /^\s*(?:a|an|per|each)\s+\p{L}/iu

/**
 * A rate within one statement: "10 lunar orbits in 20 hours" → 2 hours per orbit; "146 city blocks in
 * eight hours" → 18.25 blocks per hour. The numerator is the unit asked for, the denominator what
 * "per" or "each" names.
 */
export function perUnit(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq, index } = ctx
  const wanted = nq.want.unit
  const per = nq.sides[0] ?? ''
  const perStems = new Set(tokenize(per).map((t) => t.stem))
  const unitOk = (f: Fact, u: string) => f.unit !== '' && (f.unit === u || conversionFactor(f.unit, unitNamed(u)?.name ?? u) !== undefined || stem(f.unit) === stem(u) || f.unit.endsWith(stem(u)))
  // Money asked for: a sum of money over the count the question divides by, not money that is already
  // each one's ("the 25 players each received $40,000", "$300 a night").
  const whole = (f: Fact) => {
    const sentence = index.sentences.get(f.sentenceId)
    return f.kind === 'money' && !f.period && !f.per && sentence !== undefined && !EACH.test(sentence.text) && !RATE_AFTER.test(sentence.text.slice(f.end - sentence.start))
  }
  // Nothing asked in a unit or money ("what was the average value per tonne"): any figure that is not what it is per.
  // Nor when it counts people, not a unit ("how many people a year"): a bare count ("25 million Chinese") is one.
  const other = (f: Fact) => f.kind !== 'date' && f.kind !== 'money' && !perStems.has(stem(f.unit))
  const counted = wanted !== undefined && !unitNamed(wanted)
  const numerators = ctx.picks(0, (f) => isOperand(f) && (wanted ? unitOk(f, wanted) || (counted && other(f)) : nq.want.kind === 'money' ? whole(f) : (other(f) || whole(f)) && f.unit !== ''))
  // A rate the article states ("4 weeks paid holidays each year") is retrieval's to quote.
  const rate = numerators[0]
  if (rate && (rate.fact.per || rate.fact.period) && [...perStems].some((s) => stem(rate.fact.per ?? rate.fact.period ?? '') === s)) return undefined
  for (const n of numerators.slice(0, 5)) {
    if (n.match < 0.35) break
    const siblings = index.factsBySentence.get(n.fact.sentenceId) ?? []
    const d = siblings.find((f) => f.id !== n.fact.id && f.kind !== 'date' && [...perStems].some((s) => stem(f.unit) === s || f.unit.split(/\s+/).some((w) => stem(w) === s)))
    const years = d || !perStems.has('year') ? undefined : yearsSpanned(siblings)
    const denominator = d ? factAmount(index, d) : years
    if (!denominator || denominator.value === 0) continue
    const r = combine('÷', factAmount(index, n.fact), denominator, n.fact.unit)
    const each = per.replace(/^(?:the|a|an|each|its|their) /, '')
    // A rate in the thousands reads as whole units: "1,666,667 per year", not "1,666,666.67".
    const shown = n.fact.kind === 'money' ? result(r) : `${formatNumber(Math.abs(r.value) >= 1000 ? Math.round(r.value) : r.value)} ${n.fact.unit || (counted ? wanted : '')}`.trimEnd()
    const facts = d ? [n.fact, d] : [n.fact]
    return ctx.c.done(`${quoteAll(ctx, facts)}. ${r.expression} = ${shown} per ${each}.${hedgeNote(facts)}`, r, `${n.fact.unit} per ${per}`)
  }
  return undefined
}

/**
 * The years a statement's range of years covers, for a total per year: "in the decade 1851–1860" is
 * 10 years, "between 1701 and 1750" 50 (the years counted, when that count is round), "1990–2000" 10.
 */
function yearsSpanned(facts: readonly Fact[]): Amount | undefined {
  const range = facts.find((f) => f.kind === 'date' && f.date?.month === undefined && f.dateHigh?.month === undefined)
  const [from, to] = [range?.date?.year, range?.dateHigh?.year]
  if (!range || from === undefined || to === undefined) return undefined
  const gap = to - from
  if (gap <= 0) return undefined
  const years = (gap + 1) % 5 === 0 && gap % 5 !== 0 ? gap + 1 : gap
  return given(years, `the years ${range.text}`, 'years')
}

/** A count the reader gives times a figure per unit: "how many newtons is 3 sthenes" with "the sthène … is equivalent to 1000 N". */
export function scale(ctx: ProgramContext): NumericAnswer | undefined {
  const { nq } = ctx
  // The count the reader gives: the last number followed by a word that is not a temperature ("5 litres", "3 sthenes").
  const typed = findNumbers(nq.text).filter((n) => !n.fraction && /^\s[a-z]/.test(nq.text.slice(n.end)) && !/^\s?°/.test(nq.text.slice(n.end))).at(-1)
  const wanted = nq.want.unit
  if (!typed || !wanted) return undefined
  const afterTyped = nq.text.slice(typed.end).trim().split(/\s+/).slice(0, 4).join(' ')
  const rest = `${nq.text.slice(0, typed.start)} ${afterTyped}`
  const terms = readTerms(ctx.index, rest)
  const picks = rankFacts(ctx.index, terms, (f) => isOperand(f) && f.value !== typed.value && f.unit !== '' && (conversionFactor(f.unit, unitNamed(wanted)?.name ?? wanted) !== undefined || stem(f.unit) === stem(wanted)), 3)
  const best = picks[0]
  if (!best || best.score < 0.35) return undefined
  const r: Amount = combine('×', given(typed.value, 'the count given'), factAmount(ctx.index, best.fact), best.fact.unit)
  return ctx.c.done(`${quoteAll(ctx, [best.fact])}. ${r.expression} = ${result(r)}.`, r)
}
