import { findDates, MONTHS } from './dates'
import { hedgeBefore } from './hedges'
import { findNumbers, type NumberAtom } from './number-words'
import type { Quantity } from './types'
import { unitAt } from './units'

const CURRENCY_BEFORE = /(?:(US|A|C|NZ|HK|S)\$|(\$)|(€)|(£)|(¥))\s?$/
const CURRENCY_CODES: Readonly<Record<string, string>> = { US: 'USD', A: 'AUD', C: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' }
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', rupee: 'INR', rupees: 'INR', francs: 'CHF', marks: 'DEM', pesos: 'MXN', lira: 'TRY', dinars: 'IQD', riyals: 'SAR', rubles: 'RUB', roubles: 'RUB' }
const CURRENCY_AFTER = new RegExp(`^\\s(${Object.keys(CURRENCY_WORDS).join('|')})\\b`, 'i')
const PERCENT_AFTER = /^\s?(?:(%)|(percent|per cent|per-cent)\b|(percentage points?)\b)/i
const MULTIPLE_AFTER = /^(?:\s?times (?:as|more|less|larger|greater|higher|bigger|faster|longer|smaller|lower|fewer|the|that|what|its|their|his|her)\b|-?fold\b)/i
const AGE_AFTER = /^\s?(?:years?|yrs?)[ -]old\b/i
const AGE_BEFORE = /\b(?:aged|age of|ages of|at age)\s$/i
const PART_AFTER = /^(?:-of-|\s(?:of|out of) (?:the |its |their )?)(\d[\d,]*(?:\.\d+)?)(?![\d,])/
const PERIOD_AFTER = /^\s?(?:(?:per|a|an|each|every|\/)\s?(hour|day|week|month|year|annum)\b|(hourly|daily|weekly|monthly|yearly|annually)\b)/i
const PER_AFTER = /^\s(?:per|for each|for every|each)\s((?:dependent |additional |extra )?[a-z]+(?: or [a-z]+)?)\b/i
const SCORE_CONTEXT = /\b(?:defeat|beat|won|win|lost|los[es]|victor|lead|led|scor|tie|tied|trail|edg|final|routed|upset|match|game)\w*\b[^.;]{0,100}$/i
/** Capitalised words that open a clause or a phrase before a number, never a name the number labels ("Apollo 8"). */
const NOT_LABELS = new Set('In On At By From To Until Since About Around Over Some Only Just Nearly Almost The A An Of And Or With For After Before During Between Than US AD Its His Her Their Approximately Roughly When While Of Some Estimated Another Another All Top Had Was Were Is Are Has Have Than Up Under Below Above Least Most More Less Fewer Total Another'.split(' '))
/** Words that end the noun phrase a count counts: prepositions, determiners, conjunctions, auxiliaries, pronouns. */
const PHRASE_END = new Set('down up out off away back ago later earlier apiece alone respectively overall altogether of in on at by from to for with and or but than that which who whom whose is are was were be been being had has have do does did will would can could may might must should as per into onto over under between during after before since until while when where if the a an this these those its his her their our my your some any each every no not nor so yet also both either neither reportedly were'.split(' '))
/**
 * Prepositions that also open a noun ("6 through trains", "3 near misses", "7 outside directors"): they end
 * the phrase after a word ("1.5 million ranged along the coast") or before a determiner ("40 inside the walls").
 */
const PLACE_WORDS = new Set('along across through throughout around near within without among amid against toward towards upon beyond behind above below beneath beside besides via despite inside outside'.split(' '))
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those|that)$/i
const PERIODS: Readonly<Record<string, Quantity['period']>> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', annum: 'year' }

/**
 * Every figure in a sentence, read as a reader would: money with its currency, scale and period
 * ("$4.2 billion", "$50 per month"), percentages, multiples ("two or three times as much"), ages,
 * counts with the noun they count ("eight former fighters"), measurements with their unit ("75.6
 * metres", "96,800-pound"), durations ("7 hours and 45 minutes" is 465 minutes), dates, ranges
 * ("between $400 and $1,200", "30 to 45 days", "350–375 million"), parts of a whole ("3-of-15"), game
 * scores ("24–10"), and the hedge before each ("as little as"). A bare number takes the unit of the
 * figure before it in a parallel phrase ("3,837 yards and rushing for 636"). Numbers that are names
 * ("Apollo 8", "Super Bowl 50") and clock times are not figures.
 *
 * @example findQuantities('typical salaries range between $400 and $1,200 per month')[0]
 *   // => { kind: 'money', value: 400, high: 1200, unit: 'USD', period: 'month', … }
 */
export function findQuantities(sentence: string): Quantity[] {
  const dates = findDates(sentence)
  const atoms = findNumbers(sentence).filter((a) => !dates.some((d) => d.start < a.end && a.start < d.end))
  const singles: Quantity[] = []
  for (let k = 0; k < atoms.length; k++) {
    if (atoms[k].start < (singles.at(-1)?.end ?? 0) || glued(sentence, atoms[k])) continue
    const q = readOne(sentence, atoms[k], singles.at(-1))
    if (!q) continue
    // "2 hours, 31 minutes", "7 hours and 45 minutes": one stretch of time, in the smaller unit.
    const next = atoms[k + 1]
    if (q.kind === 'duration' && next && /^,? (?:and )?$/.test(sentence.slice(q.end, next.start))) {
      const rest = readOne(sentence, next, q)
      const ratio = rest && rest.kind === 'duration' ? timeRatio(q.unit, rest.unit) : undefined
      if (rest && ratio && ratio > 1) {
        singles.push({ ...rest, value: q.value * ratio + rest.value, start: q.start, hedge: q.hedge })
        k++
        continue
      }
    }
    singles.push(q)
  }
  return [...dates, ...joinRanges(sentence, singles), ...folds(sentence, singles)].sort((a, b) => a.start - b.start)
}

const FOLD_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000 }

/** Multiples written as one word: "increased sevenfold", "a tenfold rise". */
function folds(sentence: string, taken: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (const m of sentence.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\b/gi)) {
    if (taken.some((q) => q.start < m.index + m[0].length && m.index < q.end)) continue
    out.push({ kind: 'multiplier', value: FOLD_WORDS[m[1].toLowerCase()], unit: 'times', start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Digits stuck to letters are part of a name or a code ("T1", "O2", "4G", "3rd"), unless a unit follows ("10km"). */
function glued(sentence: string, atom: NumberAtom): boolean {
  if (atom.words) return false
  if (/[A-Za-z]$/.test(sentence.slice(0, atom.start))) return true
  const after = sentence.slice(atom.end)
  return /^[A-Za-z]/.test(after) && !unitAt(after) && !(/\$\s?$/.test(sentence.slice(0, atom.start)) && /^(?:bn|b|m|mn|k)\b/i.test(after))
}

/** One number read with the words around it; undefined when it is not a figure (a name, a pronoun). */
function readOne(sentence: string, atom: NumberAtom, previous: Quantity | undefined): Quantity | undefined {
  const before = sentence.slice(0, atom.start)
  let end = atom.end
  let value = atom.value
  let scale = atom.scale
  let after = sentence.slice(end)
  const negative = /(?:^|[\s(])[−-]$/.test(before) && !atom.words
  if (negative) value = -value
  const base = { value, start: atom.start - (negative ? 1 : 0), end, scale, hedge: hedgeBefore(before) }
  // A capitalised number word inside a sentence names something ("the Three-Year Plan", "the Seven Years' War").
  if (atom.words && /^[A-Z]/.test(sentence.slice(atom.start)) && /[^\s"“(]\s*$/.test(before) && !/[.!?:]\s*$/.test(before) && before.trim() !== '') return undefined
  // Names with a number: "Apollo 8", "Super Bowl 50", "briefing B-265", "No. 4".
  const named = /(?:^|[\s(])([A-Z][\w'’-]*)\s$/.exec(before)?.[1]
  if (!atom.words && ((named && !/['’]s?$/.test(named) && !NOT_LABELS.has(named) && !MONTHS.has(named.toLowerCase()) && !unitAt(after) && !PERCENT_AFTER.test(after) && !/^\s?[–—-]\s?\d/.test(after)) || /(?:[A-Za-z]-|No\.\s?|#)$/.test(before))) return undefined
  const currency = CURRENCY_BEFORE.exec(before)
  if (currency && !atom.words) {
    const code = CURRENCY_CODES[currency[1] ?? currency[2] ?? currency[3] ?? currency[4] ?? currency[5]]
    const abbreviated = /^(bn|b|m|mn|k)\b/i.exec(after)
    if (abbreviated && !scale) {
      const factor = { bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3 }[abbreviated[1].toLowerCase() as 'bn']
      value *= factor
      scale = factor === 1e9 ? 'billion' : factor === 1e6 ? 'million' : 'thousand'
      end += abbreviated[0].length
    }
    return withPeriod(sentence, { ...base, kind: 'money', value, scale, unit: code, start: atom.start - currency[0].length, end, hedge: hedgeBefore(before.slice(0, before.length - currency[0].length)) })
  }
  const money = CURRENCY_AFTER.exec(after)
  if (money) return withPeriod(sentence, { ...base, kind: 'money', unit: CURRENCY_WORDS[money[1].toLowerCase()], end: end + money[0].length })
  const percent = PERCENT_AFTER.exec(after)
  if (percent) return { ...base, kind: 'percent', unit: percent[3] ? 'percentage points' : 'percent', end: end + percent[0].length }
  if (atom.fraction) return /^\s(?:of|an?)\b/.test(after) || /\b(?:by|than|about|nearly|almost)\s$/.test(before) ? { ...base, kind: 'percent', value: value * 100, unit: 'percent' } : undefined
  const multiple = MULTIPLE_AFTER.exec(after)
  if (multiple) return { ...base, kind: 'multiplier', unit: 'times', end: end + multiple[0].replace(/ \w+$/, '').length }
  if (AGE_AFTER.test(after)) return { ...base, kind: 'age', unit: 'years', end: end + (AGE_AFTER.exec(after) as RegExpExecArray)[0].length }
  if (AGE_BEFORE.test(before) || (/\b[A-Z][a-z]+, $/.test(before) && /^,/.test(after) && value < 120 && Number.isInteger(value) && !atom.words)) return { ...base, kind: 'age', unit: 'years' }
  const part = atom.words ? undefined : PART_AFTER.exec(after)
  if (part) return { ...base, kind: 'part', unit: '', of: Number(part[1].replace(/,/g, '')), end: end + part[0].length }
  const unit = unitAt(after)
  if (unit) {
    end += unit.length
    return withPeriod(sentence, { ...base, kind: unit.unit.dimension === 'time' ? 'duration' : 'measure', unit: unit.unit.name, end })
  }
  if (atom.lone) return undefined
  // "the 37-story Wells Fargo Center", "a 12-member council": a count written as an adjective.
  const hyphened = atom.words ? null : /^-([a-z]{3,})\b(?!-)/.exec(after)
  if (hyphened && !PHRASE_END.has(hyphened[1])) return { ...base, kind: 'count', unit: hyphened[1], end: end + hyphened[0].length }
  const noun = countedNoun(after)
  if (noun) return withPeriod(sentence, { ...base, kind: 'count', unit: noun.noun, end: end + noun.length })
  // A bare number in a parallel phrase takes the unit of the figure before it.
  // Only in a parallel phrase: "3,837 yards and rushing for 636", "…, but in 1945 – only 420,000", "…, compared to 13.5".
  const between = previous ? sentence.slice(previous.end, atom.start) : ''
  if (previous && previous.kind !== 'date' && previous.unit && !/\bof\s$/.test(before) && atom.start - previous.end < 80 && !/[.;]/.test(between) && /\b(?:and|or|but|while|whereas|compared|against|versus|to)\b|[,–—]/.test(between)) {
    return { ...base, kind: previous.kind, unit: previous.unit, period: previous.period, per: previous.per, scale: scale ?? (previous.scale && value < 1000 ? previous.scale : undefined), value: !scale && previous.scale && value < 1000 && previous.value >= 1000 ? value * scaleValue(previous.scale) : value }
  }
  return { ...base, kind: 'number', unit: '' }
}

function scaleValue(scale: string): number {
  return { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale as 'million'] ?? 1
}

/** The period or unit a figure is a rate per ("$50 per month", "12 hours a day", "$35 for each child"). */
function withPeriod(sentence: string, q: Quantity): Quantity {
  const after = sentence.slice(q.end)
  const period = PERIOD_AFTER.exec(after)
  if (period) return { ...q, period: PERIODS[(period[1] ?? period[2]).toLowerCase()] ?? (period[1].toLowerCase() as Quantity['period']), end: q.end + period[0].length }
  const per = PER_AFTER.exec(after)
  if (per && !/^(?:year|years|month|months)$/.test(per[1])) return { ...q, per: per[1].toLowerCase(), end: q.end + per[0].length }
  return q
}

/** Nouns that end like a verb or an adverb ("buildings", "siblings", "hundred"). */
const NOUNS_LIKE_VERBS = /^(?:\w*(?:building|thing|meeting|painting|wedding|sibling|offspring|ring|king|wing|spring|string|evening|morning|ceiling|earning|saving|holding|landing|crossing|seed|speed|need|shed|bed|breed|creed|feed|reed|weed|sled|family|ally|belly|assembly|supply|rally|monopoly|anomaly|fly|lily|jelly))$/i

/** Words in -s that are no plural a count heads: nouns that modify another ("sales staff", "news desk") and adverbs. */
const SINGULAR_IN_S = /^(?:news|sales|customs|sports|arts|savings|earnings|physics|mathematics|economics|politics|athletics|gas|perhaps|always|sometimes|nowadays|afterwards|whereas)$/

/** The noun a count counts: the head of the noun phrase after it ("eight former ISIS fighters" → fighters). */
function countedNoun(after: string): { noun: string; length: number } | undefined {
  const m = /^((?:\s[A-Za-z][\w'’-]*){1,5})/.exec(after)
  if (!m) return undefined
  const words: string[] = []
  /** Where each kept word ends in `m[1]`. */
  const ends: number[] = []
  let length = 0
  const all = [...m[1].matchAll(/\s([A-Za-z][\w'’-]*)/g)]
  for (const [k, w] of all.entries()) {
    // "thirty-seven larger and smaller epidemics": comparatives joined by "and" describe one noun.
    if (/^(?:and|or)$/i.test(w[1]) && /(?:er|est)$/i.test(words.at(-1) ?? '')) continue
    if (PHRASE_END.has(w[1].toLowerCase())) break
    if (PLACE_WORDS.has(w[1].toLowerCase()) && (words.length > 0 || k + 1 >= all.length || DETERMINER.test(all[k + 1][1]))) break
    // "28 floor Riverplace Tower": a name after the counted noun is what it belongs to, not the noun.
    if (words.length > 0 && /^\p{Lu}/u.test(w[1]) && !/^\p{Lu}/u.test(words.at(-1) as string) && all.slice(k).every(([, x]) => /^\p{Lu}/u.test(x))) break
    words.push(w[1])
    ends.push(w.index + w[0].length)
  }
  length = ends.at(-1) ?? 0
  // A plural noun with only singular words after it heads the phrase; what follows is a verb or
  // another phrase ("300 tutors teach", "two forces act", "seventy captives alive").
  const plural = words.findLastIndex((w, i) => i < words.length - 1 && /^[a-z][a-z'’-]*[^siu'’]s$/.test(w) && !SINGULAR_IN_S.test(w))
  if (plural >= 0 && words.slice(plural + 1).every((w) => /^[a-z]/.test(w) && !/[^s]s$/.test(w))) {
    words.length = plural + 1
    length = ends[plural]
  }
  // A verb or an adverb after the number means nothing is counted ("636, while", "35 passing").
  while (words.length && /(?:ed|ing|ly)$/i.test(words.at(-1) as string) && !NOUNS_LIKE_VERBS.test(words.at(-1) as string)) {
    words.pop()
    length = words.length ? ends[words.length - 1] : 0
  }
  const head = words.at(-1)
  if (!head || /^[A-Z]/.test(head) && words.length === 1 && !/s$/.test(head)) return undefined
  return { noun: head.toLowerCase(), length }
}

const TIME_ORDER = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']
const TIME_RATIO: Readonly<Record<string, number>> = { 'hours/minutes': 60, 'minutes/seconds': 60, 'hours/seconds': 3600, 'days/hours': 24, 'weeks/days': 7, 'years/months': 12, 'years/days': 365 }

/** How many of the smaller unit make one of the larger ("hours", "minutes" → 60). */
function timeRatio(larger: string, smaller: string): number | undefined {
  return TIME_ORDER.indexOf(larger) > TIME_ORDER.indexOf(smaller) ? TIME_RATIO[`${larger}/${smaller}`] : undefined
}

/**
 * Joins two figures that make one range ("between $400 and $1,200", "30 to 45 days", "two or three
 * times", "350–375 million") or one score ("24–10"); the first takes the second's unit and scale.
 */
function joinRanges(sentence: string, singles: Quantity[]): Quantity[] {
  const out: Quantity[] = []
  for (let k = 0; k < singles.length; k++) {
    const a = singles[k]
    const b = singles[k + 1]
    const joiner = b ? sentence.slice(a.end, b.start) : ''
    const dash = /^\s?[–—-]\s?$/.test(joiner)
    const range = b && a.high === undefined && b.high === undefined && a.kind !== 'part' && b.kind !== 'part' && (
      // "between 20 and 30 percent", "between $400 and $1,200"; not "between 200 police officers and 3,000 protesters".
      (/^ and $/.test(joiner) && /\bbetween\s(?:(?:US|A|C)?\$|€|£)?$/i.test(sentence.slice(0, a.start)) && (a.unit === '' || a.unit === b.unit)) ||
      (/^ and $/.test(joiner) && a.hedge === 'between') ||
      (/^ (?:to|through) $/.test(joiner) && (a.unit === '' || a.unit === b.unit || a.kind === b.kind)) ||
      (/^ or $/.test(joiner) && (b.kind === 'multiplier' || (a.kind === b.kind && a.unit === b.unit) || a.unit === '')) ||
      dash)
    // "at 410 and 660 kilometers": a bare number listed before a measure shares its unit.
    if (!range && b && a.kind === 'number' && b.unit && /^,? (?:and|or) $/.test(joiner) && !b.scale) { out.push({ ...a, kind: b.kind, unit: b.unit, period: b.period }); continue }
    if (!range) { out.push(a); continue }
    // "they are 0-4 in Super Bowls" is a record of wins and losses, not a game's score.
    const record = /\b(?:are|were|is|was|went|go|record of|a|an|their|its)\s$/i.test(sentence.slice(0, a.start)) || /^\s(?:record|mark)\b/i.test(sentence.slice(b.end))
    if (dash && record) { k++; continue }
    const scored = dash && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value <= 200 && b.value <= 200 && a.kind === 'number' && b.kind === 'number' &&
      (SCORE_CONTEXT.test(sentence.slice(0, a.start)) || /^\s(?:win|victory|lead|loss|defeat|triumph)/i.test(sentence.slice(b.end)))
    if (scored) {
      out.push({ ...a, kind: 'score', unit: 'points', high: b.value, end: b.end })
      k++
      continue
    }
    if (a.kind !== 'number' && a.kind !== b.kind && b.kind !== 'number') { out.push(a); continue }
    const scaleUp = !a.scale && b.scale && a.value < b.value ? scaleValue(b.scale) : 1
    const low = a.kind === 'number' ? a.value * scaleUp : a.value
    if (b.value < low) { out.push(a); continue }
    out.push({ ...b, value: low, high: b.value, start: a.start, hedge: a.hedge === 'between' || a.hedge === 'from' ? undefined : a.hedge })
    k++
  }
  return markRestatements(sentence, out)
}

/** Flags a figure in parentheses that restates the one before it in another unit ("12,250 pounds (5,560 kg)"). */
function markRestatements(sentence: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q, i) => {
    const prev = quantities[i - 1]
    if (!prev || q.kind !== prev.kind || !['measure', 'duration', 'money'].includes(q.kind)) return q
    return /^\s*\(\s*(?:about|approx\.?|approximately|c\.|ca\.|~|or)?\s*$/.test(sentence.slice(prev.end, q.start)) ? { ...q, restates: true } : q
  })
}
