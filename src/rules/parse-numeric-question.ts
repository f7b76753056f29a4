import { foldText } from '../index/normalize'
import { type Entity, findEntities } from '../index/entities'
import { NUMBER_WORDS, readNumber } from './quantities'

/** What a numeric question asks the calculator to do. */
export type NumericOperation = 'value' | 'difference' | 'ratio' | 'percent-difference' | 'rank' | 'max' | 'min' | 'average' | 'range-width' | 'sum'

/** A fighter's dependants, for the allowance sum. */
export interface Family {
  wives: number
  parents: number
  children: number
}

/** What a pay question asks for, read off its words. */
export interface NumericQuestion {
  operation: NumericOperation
  /** Entities named, in the question's order (ids from corpus/entities.json). */
  entities: string[]
  /** The figure asked about when it is not the base salary. */
  measure: 'salary' | 'salary-range' | 'allowance-wife' | 'allowance-parent' | 'allowance-child' | 'pay-cut'
  family?: Family
  /** A pay cut to apply: a percentage the reader gives, or the article's own cut (`percent` absent). */
  cut?: { percent?: number }
  period: 'day' | 'week' | 'month' | 'year'
  /** A stretch of time to total the pay over ("over six months" → 6 months), instead of a rate. */
  span?: { count: number; unit: 'day' | 'week' | 'month' | 'year' }
  /** A multiple of the figure asked for ("twice the FSA salary" → 2, "half" → 0.5). */
  scale?: number
  /** Only the family allowances, not the base pay ("how much extra for three children?"). */
  allowancesOnly?: boolean
  /** A kind of member the article gives no pay for ("commanders"). */
  unknownRole?: string
  /** Rank order when ranking. */
  ascending?: boolean
  /** A yes/no comparison ("Does Nusra pay more than the army?"): the answer opens with yes or no. */
  yesNo?: 'more' | 'less'
  /** A group or force the article gives no figure for, named in the question. */
  unknownGroup?: string
  /** A figure the question needs that no article gives (an exchange rate). */
  missing?: string
}

const PAY_WORDS = /\b(?:pay|pays|paid|paying|outpays?|salary|salaries|wage|wages|earn|earns|earned|earning|earnings|income|make|makes|money|allowances?|bonus(?:es)?|stipends?|compensation|dollars?|remuneration)\b|\$/
const WORKER_WORDS = /\b(?:fighters?|recruits?|members?|soldiers?|jihadis?t?s?|militants?|combatants?|muhajir(?:een)?|foreigners?|groups?|factions?)\b/
const UNKNOWN_GROUP = /\b((?:the )?(?:[A-Z][\w-]+ )*[A-Z][\w-]+)(?:'s)? (army|forces|militias?|fighters|soldiers|police|troops|government|military)\b|\b(Peshmerga|Hezbollah|Hizbullah|Taliban|al-Shabaab|Boko Haram|YPG|SDF|PKK)\b/
const CURRENCY = /\b(?:euros?|pounds?|sterling|lira|liras|dinars?|rupees?|yen|rubles?|gbp|eur|exchange rate|inflation[- ]adjusted|in today's money)\b/i
const NUM = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`

/**
 * Reads a pay question: which entities it names, which operation it asks for (a value, a difference,
 * a ratio, a ranking…), and the modifiers that change the figure (a family's allowances, a pay cut, a
 * period other than the month). Returns undefined for questions that are not about pay figures.
 *
 * @example parseNumericQuestion('How much more does Nusra pay than the FSA?', entities)
 *   // => { operation: 'difference', entities: ['nusra', 'fsa'], … }
 */
export function parseNumericQuestion(question: string, entities: readonly Entity[]): NumericQuestion | undefined {
  const text = foldText(question).replace(/\s+/g, ' ').trim()
  const lower = text.toLowerCase()
  const cutWords = /\b(?:cut|cuts|slash\w*|reduc\w*|halved)\b/.test(lower)
  const family = readFamily(lower)
  const workers = WORKER_WORDS.test(lower)
  if (!PAY_WORDS.test(lower) && !family && !(cutWords && (workers || /\bsalar/.test(lower)))) return undefined
  if (/^(?:why|how come|when|where)\b/.test(lower)) return undefined
  const mentions = findEntities(text, entities)
  const mentioned = orderForComparison(lower, mentions)
  const operation = operationOf(lower, mentioned.length)
  const unknown = UNKNOWN_GROUP.exec(text)
  // A name the alias table does not know, as the only group a pay question names ("al-Qaeda").
  const strayName = mentioned.length === 0 ? /(?<!^)\b(?:al-[A-Za-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)*)\b/.exec(text)?.[0] : undefined
  const unknownName = unknown ? (unknown[3] ?? `${unknown[1]} ${unknown[2]}`) : strayName
  const unknownGroup = unknownName && findEntities(unknownName, entities).length === 0 && !/^(?:the )?(?:ISIS|Islamic State)\b/i.test(unknownName) ? unknownName : undefined
  if (!asksAmount(lower) && !['rank', 'max', 'min'].includes(operation)) return undefined
  if (!unknownGroup && mentioned.length === 0 && !workers && !family && !/\bhow much\b/.test(lower)) return undefined

  const scaleWord = new RegExp(`\\b(twice|double|triple|thrice|half|(${NUM}) times) (?:the |an? |of |as much as )`).exec(lower)
  const scale = scaleWord && !/\bhow many times\b/.test(lower)
    ? ({ twice: 2, double: 2, triple: 3, thrice: 3, half: 0.5 } as Record<string, number>)[scaleWord[1]] ?? readNumber(scaleWord[2])
    : undefined
  const roleMatch = /\b(commanders?|leaders?|officers?|officials?|emirs?|judges?|police(?:men)?|doctors?|teachers?|administrators?|bureaucrats?|snipers?|bombers?|spies|wives|women|children|civilians)\b(?! (?:and|or|,))/.exec(lower)
  return {
    operation,
    entities: mentioned,
    scale,
    allowancesOnly: Boolean(family) && /\b(?:extra|additional|allowances?|bonus(?:es)?|on top)\b/.test(lower),
    // "How much does ISIS pay its commanders?": a paid role the article never prices (a family's
    // "wives" and "children" are dependants, not paid members).
    unknownRole: roleMatch && !family && /\b(?:pay|pays|paid|earn|earns|salary|salaries|make|makes|get|gets)\b/.test(lower) && !/\bper (?:wife|child|kid|parent)\b|\bfor each\b/.test(lower) && !/\b(?:wives|children|women)\b/.test(roleMatch[1]) ? roleMatch[1] : undefined,
    measure: measureOf(lower, cutWords, family),
    ...readModifiers(lower),
    ascending: /\b(?:lowest|least|smallest|bottom) (?:to|first)\b|\bascending\b/.test(lower),
    yesNo: /^(?:does|do|did|is|are|was|were)\b/.test(lower) ? (/\b(?:less|lower|fewer)\b/.test(lower) ? 'less' : 'more') : undefined,
    unknownGroup,
    missing: CURRENCY.test(lower) ? 'an exchange rate (the article gives pay only in US dollars)' : undefined,
  }
}

/**
 * Entities in the order a comparison reads them: the one after "than" / "compared to" is the
 * baseline and goes last ("How many times more than the FSA does Nusra pay?" → nusra, fsa).
 */
function orderForComparison(lower: string, mentions: { id: string; start: number }[]): string[] {
  const ids = [...new Set(mentions.map((m) => m.id))]
  const than = /\b(?:than|compared (?:to|with)|versus|vs\.?)\s/.exec(lower)
  if (!than || ids.length !== 2) return ids
  const baseline = mentions.find((m) => m.start >= than.index)?.id
  return baseline ? [...ids.filter((id) => id !== baseline), baseline] : ids
}

/** Words after "what"/"which" in a question that asks for an amount ("what does X pay", "which group pays most"). */
const AMOUNT_TARGETS = new Set(['is', 'are', 'was', 'were', 'would', 'will', 'does', 'do', 'did', 'could', 'should', 'might', 'group', 'groups', 'faction', 'factions', 'organization', 'organisation', 'side', 'army', 'force', 'one', 'salary', 'salaries', 'pay', 'wage', 'wages', 'income', 'amount', 'sum', 'percentage', 'percent', 'share', 'multiple', 'allowance', 'allowances', 'bonus', 'range', 'kind'])

/**
 * Whether the question wants a figure ("how much", "what does X pay", "does X pay more than Y")
 * rather than something about pay ("what benefits do fighters get besides their salary?").
 */
function asksAmount(lower: string): boolean {
  if (/\b(?:benefits?|reasons?|why|perks?|besides|other than|apart from|aside from|except)\b/.test(lower)) return false
  // "Which regions…", "what role…": the question asks for something other than an amount.
  const target = /(?:^|[,;] )(?:what|which) (\w+)/.exec(lower)?.[1]
  if (target && !AMOUNT_TARGETS.has(target)) return false
  return /\bhow much\b|\bhow many times\b|\b(?:difference|vs\.?|versus|compared?|comparison)\b|\bby what (?:percent|percentage|amount|factor)\b|\$|\bper (?:day|week|month|year)\b|\b(?:a|in a) (?:day|week|month|year)\b|\b(?:more|less) than\b|\bby how much\b/.test(lower) ||
    /(?:^|[,;] )(?:what|which)\b[^?]*\b(?:salary|salaries|pay|pays|paid|wage|wages|income|earnings|allowance|bonus|earn|earns|make|makes|get|gets|outpays?|cut)\b/.test(lower) ||
    /^(?:does|do|did|is|are)\b.*\b(?:pay|pays|paid|earn|earns|outpays?)\b/.test(lower)
}

function operationOf(lower: string, entityCount: number): NumericOperation {
  if (/\b(?:rank|order|sort|list)\b|\bfrom (?:highest|lowest|most|least)\b/.test(lower)) return 'rank'
  // "the difference between the top and bottom of the range" is its width; "the top of the range" a value.
  if (/\brange\b/.test(lower) && /\b(?:spread|width|wide|gap|difference)\b/.test(lower)) return 'range-width'
  if (/\b(?:average|mean)\b/.test(lower) && (entityCount >= 2 || /\b(?:groups|factions|all|across|these|them)\b/.test(lower))) return 'average'
  if (entityCount >= 2 && /\b(?:combined|together|sum|altogether|in all|total)\b/.test(lower)) return 'sum'
  if (/\bhow many times\b|\bwhat multiple\b|\bratio\b|\btimes (?:more|as much)\b/.test(lower)) return 'ratio'
  if (/\b(?:what|by what|how many) (?:percent|percentage)\b|\bper ?cent (?:more|less|higher|lower)\b/.test(lower) && entityCount >= 2) return 'percent-difference'
  if (/\boutpays?\b/.test(lower) && entityCount >= 2) return 'difference'
  if (/\b(?:which|who|what group)\b.*\b(?:most|highest|best|more|largest|biggest)\b/.test(lower)) return 'max'
  if (/\b(?:which|who|what group)\b.*\b(?:least|lowest|worst|less|smallest)\b/.test(lower)) return 'min'
  if (entityCount >= 2 && /\b(?:more|less|difference|gap|compared?|than|versus|vs)\b/.test(lower)) return 'difference'
  return 'value'
}

/** What figure a question (or a follow-up like "and per wife?") is about. */
export function measureOf(lower: string, cutWords: boolean, family: Family | undefined): NumericQuestion['measure'] {
  if (!family) {
    if (/\b(?:per|for each|for every|for a|each|a) (?:wife|wives|spouse)\b|\bwife allowance\b/.test(lower)) return 'allowance-wife'
    if (/\b(?:per|for each|for every|for a|each|a) (?:dependent )?parents?\b/.test(lower)) return 'allowance-parent'
    if (/\b(?:per|for each|for every|for a|each|a) (?:child|kid|son|daughter)\b|\bchild (?:allowance|bonus)\b/.test(lower)) return 'allowance-child'
  }
  if (/\b(?:range|typical|typically|usual|usually)\b/.test(lower)) return 'salary-range'
  // "By how much has ISIS slashed salaries?" asks for the cut itself; "after a cut" asks for pay.
  if (cutWords && !/\bafter\b|\bwould\b|\bif\b|\bwith\b/.test(lower)) return 'pay-cut'
  return 'salary'
}

function cutOf(lower: string, cutWords: boolean): NumericQuestion['cut'] {
  const given = new RegExp(`\\b(${NUM}(?:\\.\\d+)?) ?(?:percent|per cent|%)`).exec(lower)
  if (given && cutWords) return { percent: readNumber(given[1]) }
  if (/\bhalved\b|\bcut (?:in|by) half\b/.test(lower)) return { percent: 50 }
  if (cutWords && /\bafter\b|\bwould\b|\bif\b|\bwith\b/.test(lower)) return {}
  return undefined
}

/**
 * The modifiers a question (or a follow-up fragment such as "what if he has two children?") puts on a
 * pay figure: a family, a cut, a period.
 */
export function readModifiers(lower: string): Pick<NumericQuestion, 'family' | 'cut' | 'period' | 'span'> {
  const cutWords = /\b(?:cut|cuts|slash\w*|reduc\w*|halved)\b/.test(lower)
  const span = new RegExp(`\\b(?:over|in|for|during|across|after|within)\\s+(?:a |an |the next |the first )?(${NUM}|\\d+)?\\s*(day|week|month|year)s?\\b`).exec(lower)
  return {
    // "over six months" totals six months' pay; "in a year" is just the yearly rate (the period below).
    span: span?.[1] && readNumber(span[1]) > 1 ? { count: readNumber(span[1]), unit: span[2] as 'day' | 'week' | 'month' | 'year' } : undefined,
    family: readFamily(lower),
    cut: cutOf(lower, cutWords),
    period: /\b(?:per|a|each|every|in a|one) year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|\b12 months\b|\btwelve months\b/.test(lower) ? 'year'
      : /\b(?:per|a|each|every|in a|one) week\b|\bweekly\b/.test(lower) ? 'week'
        : /\b(?:per|a|each|every|in a|one) day\b|\bdaily\b/.test(lower) ? 'day' : 'month',
  }
}

/**
 * The dependants a question names, each absent when it names none of that kind: "one wife and two
 * kids" → { wives: 1, children: 2 }. A follow-up adds to the earlier family with it.
 */
export function readDependants(lower: string): Partial<Family> | undefined {
  const count = (nouns: string) => {
    const m = new RegExp(`(?:^|[^\\w-])(-?\\d+|${Object.keys(NUMBER_WORDS).join('|')}) (?:dependent |dependant |young |small |elderly )?(?:${nouns})\\b`).exec(lower)
    return m ? readNumber(m[1]) : undefined
  }
  const wives = count('wives|wife|spouses?') ?? (/\b(?:married|his wife|a wife)\b/.test(lower) ? 1 : undefined)
  const parents = count('parents?')
  const children = count('children|child|kids?|sons?|daughters?')
  if (wives === undefined && parents === undefined && children === undefined) return undefined
  return { wives, parents, children }
}

/** "two wives, a dependent parent and three children", "one wife", "four kids", "no children". */
export function readFamily(lower: string): Family | undefined {
  const d = readDependants(lower)
  return d && { wives: d.wives ?? 0, parents: d.parents ?? 0, children: d.children ?? 0 }
}
