import { findNumbers } from '../ingest/quantities/number-words'
import { unitNamed } from '../ingest/quantities/units'

/** A period a rate is paid or counted per. */
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year'

/** What a question does to the figure it asks for: per a period, over a stretch of time, after a cut, times a factor. */
export interface Modifiers {
  /** The rate per period the reader wants ("per year", "a week"), when the question names one. */
  period?: Period
  /** A stretch of time to total a rate over ("over six months", "in 2 years"). */
  span?: { count: number; unit: Period }
  /** A reduction to apply: the reader's percentage, or the article's own cut (`percent` absent). */
  cut?: { percent?: number }
  /** A multiple of the figure ("twice the salary", "half"). */
  factor?: number
}

const PERIOD_WORD: Readonly<Record<string, Period>> = { hour: 'hour', hourly: 'hour', day: 'day', daily: 'day', week: 'week', weekly: 'week', month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year', annum: 'year' }
const CUT_WORDS = /\b(?:cut|cuts|slash\w*|reduc\w*|halved|lowered|docked|trimmed)\b/

/**
 * The modifiers a question (or a follow-up such as "and per year?", "with the cut?") puts on the
 * figure it asks for.
 *
 * @example readModifiers('what would he earn per year after a 30 percent cut') // => { period: 'year', cut: { percent: 30 } }
 */
export function readModifiers(lower: string): Modifiers {
  const out: Modifiers = {}
  const span = /\b(?:over|in|for|during|across|within)\s+(?:a |an |the next |the first |a full |a whole |one )?(\d+|[a-z]+(?:-[a-z]+)?)?\s*(hour|day|week|month|year)s?\b(?!['’]?\s*(?:old|ago|later|earlier|after|before|war|plan|programme|program|period|tenure|term)\b)/.exec(lower)
  const spanCount = span?.[1] ? readSmallNumber(span[1]) : undefined
  if (span && spanCount !== undefined && spanCount > 1) out.span = { count: spanCount, unit: span[2] as Period }
  const period = /\b(?:per|a|an|each|every|in a|one|a whole|a full|over a|over a whole|over a full|for a|for a whole)\s+(hour|day|week|month|year)\b|\b(hourly|daily|weekly|monthly|yearly|annual|annually|per annum)\b|\b(?:12|twelve) months\b/.exec(lower)
  if (period && !out.span) out.period = period[3] === undefined && !period[1] && !period[2] ? 'year' : PERIOD_WORD[(period[1] ?? period[2]).replace('per ', '')] ?? 'year'
  const cutWords = CUT_WORDS.test(lower)
  const given = /\b(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?) ?(?:percent|per cent|%)/.exec(lower)
  if (cutWords && given) {
    const n = readSmallNumber(given[1])
    if (n !== undefined) out.cut = { percent: n }
  } else if (/\bhalved\b|\b(?:cut|slashed|reduced) (?:in|by) half\b/.test(lower)) out.cut = { percent: 50 }
  else if (cutWords && /\b(?:after|with|if|would|took|takes|following|under|applying|apply|biggest|full|the)\b/.test(lower)) out.cut = {}
  const factor = /\b(twice|double|triple|thrice|(\d+(?:\.\d+)?|[a-z]+) times) (?:the |an? |as much as |that )/.exec(lower)
  if (factor && !/\bhow many times\b/.test(lower)) {
    const n = factor[2] ? readSmallNumber(factor[2]) : ({ twice: 2, double: 2, triple: 3, thrice: 3, half: 0.5 } as Record<string, number>)[factor[1]]
    if (n !== undefined) out.factor = n
  }
  return out
}

/**
 * A description without its modifiers ("after a 25 percent cut", "per year", "over six months",
 * "twice"), so only the words that name the figure are matched against the article.
 *
 * @example stripModifiers("the fsa's monthly pay after a 25 percent cut") // => "the fsa's pay"
 */
export function stripModifiers(text: string): string {
  return text
    .replace(/\b(?:after|with|following|under|if|took|taking|applying)?\s*(?:a|an|the)?\s*(?:full |biggest |largest |whole )?\d+(?:\.\d+)?\s?(?:%|percent|per cent)(?:\s+(?:pay\s+)?(?:cut|cuts|reduction|slash))?/g, ' ')
    .replace(/\b(?:after|with|following)\s+(?:the|a|an)\s+(?:biggest |largest |full |pay )?(?:cut|cuts|reduction)\b/g, ' ')
    .replace(/\b(?:halved|if \w+ halved \w+)\b/g, ' ')
    .replace(/\b(?:over|in|for|during|across|within)\s+(?:a |an |the next |the first |a full |a whole |one )?(?:\d+|[a-z]+(?:-[a-z]+)?)?\s*(?:hour|day|week|month|year)s?\b(?!['’]?\s*(?:war|plan|programme|program|period|tenure|term)\b)/g, ' ')
    .replace(/\b(?:per|a|an|each|every|in a|one|a whole|a full|over a|for a)\s+(?:hour|day|week|month|year)\b|\b(?:hourly|daily|weekly|monthly|yearly|annual|annually|per annum)\b/g, ' ')
    .replace(/\b(?:twice|double|triple|thrice)\b/g, ' ')
    .replace(/\s+/g, ' ').trim()
}

/** Whether a question speaks of a pay cut at all (its own or the article's). */
export function mentionsCut(lower: string): boolean {
  return CUT_WORDS.test(lower)
}

/** A number a reader typed ("6", "six", "twenty-four"). */
export function readSmallNumber(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text)
  const n = findNumbers(text)
  return n.length === 1 && n[0].start === 0 && n[0].end === text.length ? n[0].value : undefined
}

/** Words that ask for the low or the high end of a range. */
const LOW = /\b(?:bottom|lowest|low end|low|minimum|least|smallest|shortest|floor|min|fewest|earliest)\b/
const HIGH = /\b(?:top|highest|high end|high|maximum|most|largest|longest|ceiling|upper|max|biggest|greatest|latest)\b/

/** Which end of a range a description asks for, if it names one. */
export function endOf(text: string): 'low' | 'high' | undefined {
  const low = LOW.exec(text)
  const high = HIGH.exec(text)
  if (low && high) return low.index < high.index ? 'low' : 'high'
  return low ? 'low' : high ? 'high' : undefined
}

/** Words in a "how many" phrase that compare rather than name ("how many more minutes", "how many metres higher"). */
const COMPARATIVE_WORDS = /^(?:more|fewer|less|extra|additional|total|higher|lower|larger|smaller|longer|shorter|bigger|greater|older|younger|deeper|heavier|lighter|taller|faster|slower|further|farther|times)$/

/** What a question wants the answer in: a unit of the unit table, money, a percentage, or the noun it counts. */
export interface Wanted {
  kind?: 'money' | 'percent' | 'duration' | 'age' | 'score'
  /** A unit of the table ("minutes") or a counted noun ("touchdowns"). */
  unit?: string
  /** A currency the reader names ("in euros"). */
  currency?: string
}

const CURRENCIES: Readonly<Record<string, string>> = { euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', rupee: 'INR', rupees: 'INR', lira: 'TRY', liras: 'TRY', dinar: 'IQD', dinars: 'IQD', rubles: 'RUB', roubles: 'RUB', francs: 'CHF', riyals: 'SAR' }
const MONEY_WORDS = /\$|\b(?:(?<!\bby )how much (?:money|does|do|did|would|will|is|was|are|were)|money|cost|costs|price|prices|pay|pays|paid|salary|salaries|wage|wages|earn|earns|earned|earnings|income|budget|dollars?|spend|spent|revenue|worth|fund|funding|aid|grant|grants|prize|donat\w*|allowance|allowances|bonus)\b/

/**
 * The thing "how much" measures when the question names it before its verb: "how much religious
 * schooling do recruits get" asks for schooling, not money (as "how much do recruits get" does).
 */
export function measuredNoun(lower: string): string | undefined {
  const measured = /\bhow much ((?:[a-z-]+ ){0,2}[a-z-]+) (?:do|does|did|would|will|can|could|has|have|had|is|are|was|were)\b/.exec(lower)?.[1]
  return measured !== undefined && !/\b(?:more|less|extra|additional|in total|altogether|overall)\b/.test(measured) && !MONEY_WORDS.test(measured) ? measured : undefined
}

/**
 * What a question wants its answer in: "how many touchdowns" counts touchdowns, "in pounds" or "how
 * many minutes" is a unit, "how much … pay" money, "what percentage" a share, "how long" a stretch of
 * time, "how old" an age; a currency the reader names ("in euros") is kept apart.
 */
export function wantedOf(lower: string): Wanted {
  const currency = /\bin (?:[a-z]+ )?(euros?|pounds?|sterling|yen|yuan|rupees?|liras?|dinars?|rubles|roubles|francs|riyals)\b|\b(euros?|yen|yuan|rupees|liras?|dinars|rubles|roubles|riyals)\b/.exec(lower)
  const named = /\bhow many ((?:[a-z-]+ ){0,2}?[a-z-]+?)(?: (?:did|does|do|is|are|was|were|has|have|had|would|will|can|could|of|in|per|passed|elapsed|went|go|were)\b|[?,]|$)/.exec(lower)
  const inUnit = /(?:^|,|\s)(?:in|as) ([a-z/°²-]+(?: [a-z]+)?)(?=[?,]|$|\s(?:between|of|for|than|from|when|is|are|was|were|did|does|do|would)\b)/.exec(lower)
  const currencyCode = currency && !(/\bpounds?\b/.test(currency[0]) && /\b(?:weigh|weight|mass|heavy|load|payload|thrust)\w*/.test(lower)) ? CURRENCIES[currency[1] ?? currency[2]] : undefined
  if (/\bhow many (?:points|goals|runs)\b/.test(lower) && /\b(?:win|won|beat|defeat\w*|lose|lost|losing|margin|victory)\b/.test(lower)) return { kind: 'score' }
  // "in pounds", "how many metres higher", "how many more minutes": the first word that names a unit.
  // "how many passengers a year" counts passengers, "how many paid holiday days" days, "how many metres higher"
  // metres: the noun phrase after "how many" ends at an article or a preposition; its last noun is the head.
  const phrase = (named?.[1].split(' ') ?? [])
  const cut = phrase.findIndex((w) => /^(?:a|an|the|per|each|every|in|of|on|at|for|to|than|from|with)$/.test(w))
  const head = (cut >= 0 ? phrase.slice(0, cut) : phrase).filter((w) => !COMPARATIVE_WORDS.test(w)).at(-1)
  const candidates = [inUnit?.[1], head, named?.[1]].filter((w): w is string => Boolean(w))
  const unitWord = candidates.find((w) => unitNamed(w))
  if (unitWord) return { unit: (unitNamed(unitWord) as { name: string }).name, currency: currencyCode }
  if (/\b(?:what|which|how many) (?:percent|percentage|share|proportion|fraction)\b|\bwhat %|\bin percent\b|\bpercentage points?\b/.test(lower)) return { kind: 'percent', currency: currencyCode }
  // "By how much have salaries been cut?" asks for the cut, not a sum of money.
  if (CUT_WORDS.test(lower) && /\bhow much\b|\bwhat (?:percentage|share)\b/.test(lower) && !/\b(?:after|with|if|would|took|leave|left|become)\b/.test(lower)) return { kind: 'percent' }
  if (currencyCode || MONEY_WORDS.test(lower) || (!measuredNoun(lower) && /\bhow much\b.*\b(?:make|makes|made|get|gets|got|take home|bring home)\b|\b(?:make|makes|get|gets)\s+how much\b/.test(lower))) return { kind: 'money', currency: currencyCode }
  if (/\bhow long\b/.test(lower)) return { kind: 'duration' }
  if (/\bhow old\b|\bwhat age\b/.test(lower)) return { kind: 'age' }
  const noun = head && !/^(?:of|the|different|separate|other)$/.test(head) ? head : undefined
  return noun ? { unit: noun } : {}
}
