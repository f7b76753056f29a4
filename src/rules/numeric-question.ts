import { CARDINALS } from '../ingest/quantities/number-words'
import { unitNamed } from '../ingest/quantities/units'
import { foldText } from '../index/normalize'
import { type Modifiers, endOf, readModifiers, wantedOf, type Wanted } from './question-modifiers'
import { listOf, optionsOf, pairOf } from './question-sides'

/** What a numeric question asks the arithmetic to do. */
export type Operation =
  | 'lookup' // one figure, perhaps per another period, after a cut, times a factor
  | 'difference' // A − B (or the two ends of one range or score)
  | 'sum' // A + B + …
  | 'ratio' // A ÷ B, "how many times"
  | 'share' // part ÷ whole × 100, or a stated percentage (and its complement)
  | 'percent-change' // (B − A) ÷ A × 100: from A to B
  | 'elapsed' // the time between two dates, or across a range of dates
  | 'per-unit' // A ÷ B within one statement ("10 orbits in 20 hours")
  | 'scale' // a count the reader gives × a figure per unit ("5 litres", "3 sthenes")
  | 'compare' // which option has more (or less, or came first): answers with a name
  | 'extreme' // which owner has the most or least
  | 'rank' // the options in order
  | 'average' // the mean of several
  | 'spread' // highest minus lowest among several
  | 'check' // a claim about the figures, answered Yes or No with the arithmetic
  | 'remainder' // a whole less the part the question excludes ("how many … were not grants")
  | 'shift' // a year and a span from it ("older than the race by 12 years", "her 16-year tenure")
  | 'birth' // the year someone was born, from their age in a dated sentence ("14 years old when he joined in 2014")

/**
 * A question read as a small program over the article's figures: an operation, a description of each
 * operand, what the answer is wanted in, and the modifiers (period, cut, factor, counts) that apply.
 * Follow-ups carry it forward and change only what they change.
 */
export interface NumericQuestion extends Modifiers {
  op: Operation
  /** Each operand's description, in the order the operation uses them. */
  sides: string[]
  /** Words that describe every operand ("per month", "in Victoria"). */
  shared: string
  /** Which end of a range each side asks for ("the bottom of the range"), by side. */
  ends: ('low' | 'high' | undefined)[]
  /** For compare, extreme and rank: whether the larger (or later) value wins. */
  most?: 'high' | 'low'
  /** For compare: by date ("which began first") or by the span of a date range ("lived the longest"). */
  by?: 'value' | 'date' | 'span'
  /** What the answer is wanted in. */
  want: Wanted
  /** Whether the reader asks for the complement of a share ("not female", "outside the Middle East"). */
  negated?: boolean
  /** The answer opens with Yes or No: whether the first side has more ("more"), less, or says which. */
  yesNo?: 'more' | 'less' | 'which'
  /** For compare by date: the order the question asserts ("Did A happen before B?"), answered Yes or No. */
  order?: 'before' | 'after'
  /** A claim to check: "A is twelve times B" (times), "A is $N" (value). */
  claim?: { value: number; relation: 'times' | 'more' | 'less' | 'equal' }
  /** Elapsed time in years, months or days (as asked). */
  precision?: 'years' | 'months' | 'days'
  /** Only the additions of a table's rule, not its base ("how much extra for three children?"). */
  extraOnly?: boolean
  /** The question as read (folded, lower case). */
  text: string
  /** The question as typed (folded), for names in their own case. */
  original?: string
}

const COMPARATIVE_HIGH = 'more|larger|bigger|greater|higher|longer|taller|heavier|older|faster|stronger|deeper|wider|further|farther|richer|most|largest|biggest|greatest|highest|longest|tallest|heaviest|oldest|fastest|strongest|deepest|widest|better|best|later|latest|last|warmer|hotter'
const COMPARATIVE_LOW = 'less|fewer|smaller|lower|shorter|lighter|younger|slower|weaker|shallower|narrower|least|fewest|smallest|lowest|shortest|lightest|youngest|slowest|weakest|worse|worst|earlier|earliest|first|sooner|cheaper|cheapest|colder|cooler'
const COMPARATIVE = new RegExp(`\\b(${COMPARATIVE_HIGH}|${COMPARATIVE_LOW})\\b`)
const LOW_WORDS = new RegExp(`^(?:${COMPARATIVE_LOW})$`)
/** Questions that ask for an amount: "how much", "what is the salary", "what does X pay", "twice the …". */
const AMOUNT_ASKED = /\bhow (?:many|much|long|old|far|big|large|tall|high|heavy|deep|fast)\b|\$|(?:^|,\s*)(?:what|which)(?:'s| is| was| are| were| would| will| does| do| did)? (?:be )?(?:the |an? |its |their |his |her )?(?:[\w'-]+ ){0,4}?(?:salary|salaries|pay|wage|wages|income|cost|price|budget|amount|sum|figure|number|total|population|rate|percentage|share|range|allowance|bonus|earnings|age|date|year)\b|(?:^|,\s*)what (?:does|do|did|would|will|could) .*\b(?:pay|earn|make|get|cost|charge|receive)\b|\b(?:twice|double|triple) (?:the|an?)\b|\b(?:per|a|each|every) (?:year|month|week|day)\b|\b(?:annual|yearly|monthly|weekly|daily)\b/

/**
 * What a whole is left with once a part is gone: "not", "other than", "remaining", "the rest of", "were
 * left", "survived" (of "7,000 out of 20,000 died"), "still had" (of "reduced by 40,000"), "government
 * rather than private".
 */
export const REMAINDER_CUE = /\b(?:not|n't|other than|rather than|excluding|on top of|remain(?:ed|ing|s)?|left over|(?<!\band the )rest of|(?:is|are|was|were|be|been) left|surviv(?:ed|es|e|ing|ors?)|still (?:have|has|had|hold|holds|held|own|owns|owned|keep|keeps|kept|exist|exists|existed|stand|stands|stood))\b|\bnon-[a-z]/

/** "How many more", "how much longer": a comparison of two figures. */
const HOW_MUCH_MORE = /\bhow (?:many|much) (?:[a-z]+ )?(?:more|fewer|less|longer|shorter|higher|lower|bigger|larger|smaller|older|younger|deeper|heavier|lighter|taller|faster|slower|further|farther|greater|cheaper|extra)\b/

/** Words of a result or a change, whose size is the gap between two figures ("won 24–10", "from 40 to 60 days"). */
const CHANGED = /\b(?:win|won|beat|defeat\w*|lead|led|victory|margin|grow|grew|grown|rise|rose|increas\w*|fall|fell|declin\w*|drop\w*|shr[ai]nk|gap|spread|difference|reduc\w*|decreas\w*|lower\w*|lose|lost|lengthen\w*|shorten\w*|extend\w*|expand\w*|rais\w*|boost\w*|cut|slash\w*)\b/

/** A figure right after "than": "more than 30 percent", "more than four hours". */
const THAN_FIGURE = new RegExp(`\\bthan (?:(?:about|around|roughly|nearly|some|over|under|just) )?(?:[$€£]?\\d|(?:${[...Object.keys(CARDINALS), 'a hundred', 'a thousand', 'a million', 'half', 'double', 'twice'].join('|')})\\b)`)

/** Words before "after" or "before" that make it no order of events ("named after", "soon after", "two years before"). */
const ORDER_NOT = /\b(?:named|called|model+ed|patterned|look(?:ed|ing|s)?|take[ns]?|took|soon|shortly|long|right|just|immediately|years?|months?|weeks?|days?|decades?|centuries|hours?)$/

/** A side made only of range-end words ("the top", "low"). */
const ENDS_ONLY = /\b(?:the|a|an|of|its|their|top|bottom|low|high|lowest|highest|upper|lower|end|ends|minimum|maximum|min|max|shortest|longest|estimates?|figures?|range)\b/g
const TIME_UNITS = /^(?:years|months|days|weeks|decades|centuries|hours|minutes)$/
/** Periods a rate of money is given per ("per month", "each year"): the lookup converts between them. */
export const PERIODS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|annum|quarters?|decades?|centur(?:y|ies)|seasons?|terms?|semesters?|shifts?)\b/
/** "the average", "the mean of": not "what the defections mean for ISIS" (the verb). */
const AVERAGE = /\baverage\b|\b(?:the|a|an|arithmetic|their|its) mean\b/

/**
 * Reads a question as a numeric program, or undefined when it asks for no figure. Only general
 * English is read here (question words, comparatives, "between … and …"); which figures the words
 * name is decided against the article's facts when the program runs.
 *
 * @example readNumericQuestion('How many more Buddhists than Muslims are there in Victoria?')?.op // => 'difference'
 */
export function readNumericQuestion(question: string): NumericQuestion | undefined {
  const text = foldText(question).replace(/\s+/g, ' ').trim()
  const q = text.toLowerCase().replace(/[\s?.!]+$/, '').replace(/^(?:according to (?:the|this) (?:article|text|piece),?|based on (?:the|this) (?:article|text)[^,]*,|using the article's figures[^,]*,|judging by (?:their|the) dates,)\s*/, '')
  const want = wantedOf(q)
  const modifiers = readModifiers(q)
  const extraOnly = /\b(?:extra|additional|allowances?|bonus(?:es)?|on top|add|adds)\b/.test(q) && !/\b(?:total|in all|altogether|whole)\b/.test(q)
  const base = (op: Operation, sides: string[], shared: string, extra: Partial<NumericQuestion> = {}): NumericQuestion => {
    // Two sides that only name the ends of one range ("the top and bottom of the range") are one figure's two ends.
    const endsOnly = sides.length === 2 && sides.some((s) => !/[a-z]{3,}|\d/.test(s.replace(ENDS_ONLY, ' ')))
    const read = endsOnly ? { sides: [] as string[], shared: q } : { sides, shared }
    return { ...modifiers, op, ...read, ends: read.sides.map((s) => endOf(s)), want, text: q, original: text, extraOnly, ...extra }
  }
  // Why and how questions ask for reasons even when they name figures.
  if (/^(?:why|how come|where|who (?:is|was|are|were)|what (?:is|was|are|were) (?:the )?(?:reason|name|role))\b/.test(q)) return undefined

  // "What year was Sami born?": when the article gives no birth date, the year less the age it gives then.
  if (/\b(?:what|which) year\b.*\bborn\b|\bwhen was\b.*\bborn\b|\byear of (?:\w+ )?birth\b/.test(q)) return base('birth', [q], '')
  // "Given how much older the fair is than the race, in what year was it first held?": a year reckoned from another and a span.
  if (/^(?:in )?(?:what|which) year\b|\bin (?:what|which) year\b/.test(q) && /\b(?:given|going by|based on|using|reckon\w*|if (?:it|he|she|they|the)|tenure|older|younger|how long|length of)\b/.test(q)) return base('shift', [q], '')
  const claim = readClaim(q)
  if (claim) return base('check', claim.sides, claim.shared, { claim: claim.claim })

  // "Did Ammar join ISIS before the 2011 protests?": the order of two events, by their dates.
  const order = /^(?:did|was|were|had|has|is|are|does|do) (.+?) (before|after) (.+)$/.exec(q)
  // Not "named after the river", "soon after", "two years after" (a gap, not an order), a comparison,
  // nor an event left to be filled in from the other ("before Ammar did").
  if (order && !/\bhow\b|\b(?:or|and)\b|\b(?:did|does|do|was|were|is|are|had|has|have)$/.test(order[3]) && !ORDER_NOT.test(order[1]) && !COMPARATIVE.test(order[1])) return base('compare', [order[1], order[3]], '', { by: 'date', order: order[2] as 'before' | 'after', most: 'low' })

  const comparative = COMPARATIVE.exec(q)?.[1]
  const most = comparative && LOW_WORDS.test(comparative) ? 'low' : 'high'
  // "Which park is larger, A or B?", "did A or B lose more", "Of A, B and C, who lived the longest?".
  const asksWhich = /^(?:which|who|in (?:the )?[\w-]+ (?:\w+ )?(?:did|was|were))\b|^what\b[^,]*,[^,]+\bor\b|^(?:did|does|do|was|is|were|are|has|had|have) \S+(?: \S+)? or \b/.test(q) || /,\s*(?:which|who)\b/.test(q) || /^(?:of|among) /.test(q)
  if (asksWhich && comparative && /\bor\b|^(?:of|among)\b|\bwhich of\b|\bwho of\b/.test(q) && !/\bhow (?:many|much)\b/.test(q)) {
    const options = optionsOf(q)
    // Options are names or short descriptions, never numbers or clauses.
    if (options && options.sides.length >= 2 && options.sides.every((o) => o.split(/\s+/).length <= 8 && /[a-z]{2,}/.test(o))) {
      const by = /\b(?:lived|live|lifespan|life)\b/.test(q) ? 'span' : /\b(?:first|earlier|earliest|sooner|later|latest|last|began|begin|start|started|founded|older|oldest)\b/.test(q) && !/\b(?:more|most|larger|bigger|higher)\b/.test(q) ? 'date' : 'value'
      return base('compare', options.sides, options.shared, { most, by })
    }
  }
  if (/^(?:please )?(?:rank|order|sort|arrange|list)\b.*\b(?:by|from|in order)\b|^(?:please )?(?:rank|order|sort|arrange)\b|\bfrom (?:highest|lowest|most|least|largest|smallest|best|worst) to\b|\b(?:highest|lowest|most|least|largest|smallest) first\b|\bin (?:ascending|descending) order\b/.test(q)) {
    const list = listOf(q)
    return base('rank', list?.sides ?? [], list?.shared ?? q, { most: /\b(?:lowest|least|smallest|ascending|worst) (?:to|first)\b|\bfrom (?:lowest|least|smallest|worst)\b/.test(q) ? 'low' : 'high' })
  }
  if (/^(?:which|who)\b[^,]*\b(?:pays?|paid|earns?|gets?|offers?)\b.*\b(?:most|least|best|worst|highest|lowest|more|less|better)\b|^(?:which|what) (?:group|faction|side|organi[sz]ation|army|force|one)s?\b.*\b(?:pays?|paid|earns?|gets?|offers?)\b.*\b(?:most|least|highest|lowest|largest|smallest|best|worst)\b/.test(q) && !/\bhow\b/.test(q)) {
    return base('extreme', [], q, { most })
  }

  const percentChange = /\b(?:by )?(?:what|how many|which) (?:percent(?:age)?|%)|\bin percent\b|(?<!\d\s?)\bpercent(?:age)? (?:more|less|higher|lower|larger|smaller)\b/.test(q) &&
    (/\b(?:grow|grew|grown|growth|rise|rose|risen|increas|decreas|fall|fell|fallen|drop|declin|improv|chang|reduc|shrink|shrank|climb|jump|gain|boost|expand|outpa|exceed|more|less|higher|lower|cheaper)\w*/.test(q.replace(/\bgrown[- ]?ups?\b/g, 'adults'))) &&
    !/\bpercentage points?\b/.test(q)
  if (percentChange) {
    const pair = pairOf(q, false)
    const operandsWant = wantedOf(q.replace(/\b(?:by )?(?:what|how many|which) (?:percent(?:age)?|%)|\bin percent\b|\bpercent(?:age)?\b/g, ' '))
    if (pair) {
      // "By what percentage does A exceed B", "how much less does A pay than B": from B to A.
      const fromSecond = /\b(?:exceed|outpa|outnumber|more|less|higher|lower|cheaper)\w*/.test(q) && !/\bbetween\b|\bfrom\b/.test(q)
      return base('percent-change', fromSecond ? [pair.sides[1], pair.sides[0]] : pair.sides, pair.shared, { want: operandsWant })
    }
    return base('percent-change', [], q, { want: operandsWant })
  }
  // ("How much more does A earn rather than B" compares; it takes nothing away.)
  const excludes = /\bhow (?:many|much)\b/.test(q) && REMAINDER_CUE.test(HOW_MUCH_MORE.test(q) ? q.replace(/\brather than\b/g, ' ') : q) && !/\b(?:percent|percentage|share|proportion|fraction)\b|%/.test(q)
  if (!excludes && /\b(?:what|which|how many) (?:percent(?:age)?|share|proportion|fraction)\b|\bwhat %|\bhow much of\b/.test(q)) {
    const negated = /\b(?:not|n't|non-?\w*|outside|other than|excluding|except|besides|rest|remaining|remainder|neither|no longer)\b/.test(q)
    const of = /\bof (?:the |its |their |his |her )?(.+?) (?:do|does|did|is|are|was|were|came|come|went|go|represent|make up|made up|live|lived|have|had|went)\b(.*)$/.exec(q)
    return base('share', of ? [of[2].trim(), of[1]] : [], q, { negated })
  }
  // "How many times was he sacked?" counts occurrences; a ratio needs a comparison ("times more", "times as", "times the X is Y").
  const timesCompare = /\btimes (?:more|less|larger|bigger|higher|greater|faster|longer|as|smaller|fewer|slower|shorter|heavier|stronger|older|deeper|wider|taller|cheaper)\b/.test(q) || /\bhow many times (?:as \w+ as |the |as )?.+? (?:is|was|are|were) /.test(q) || /\bhow many times (?:as \w+ as |the |as ).+? (?:do|does|did) /.test(q) || /\b(?:is|was|are|were) (?:\w+ly |now |still |then )?(?:about |roughly |approximately |around )?how many times\b/.test(q)
  if (timesCompare || /\bwhat (?:multiple|factor)\b|\bby what factor\b|\bratio of\b.+\bto\b|\bhow many\s?fold\b/.test(q)) {
    const pair = pairOf(q, false) ?? ratioOf(q)
    const invert = /\btimes (?:fewer|less|smaller|slower|shorter|lower|lighter|weaker)\b/.test(q)
    // Money one side speaks of ("the 10-million-digit prize threshold") is not what both sides count.
    const moneyOfOneSide = want.kind === 'money' && pair !== undefined && wantedOf(pair.shared).kind !== 'money' && !pair.sides.every((side) => wantedOf(side).kind === 'money')
    const extra = moneyOfOneSide ? { want: {} } : {}
    return pair ? base('ratio', invert ? [pair.sides[1], pair.sides[0]] : pair.sides, pair.shared, extra) : base('ratio', [], q)
  }
  // "How many … were not outright grants", "How many of the buildings are not listed": the whole less the part named.
  if (excludes) return base('remainder', [], q)
  const elapsedUnit = /\bhow (?:many|much) (?:more |fewer |less )?(years|months|days|weeks|decades|centuries|hours|minutes)\b|\bhow long\b/.exec(q)
  const elapsedCue = /\b(?:passed|elapsed|between|after|before|later|earlier|separate[sd]?|apart|since|until|till|from .+ to|older|younger|last(?:ed)?|serve[d]?|lead|led|rule[d]?|reign(?:ed)?|hold|held|control(?:led)?|went without|go without|prevalent|when (?:he|she|they) died|old was)\b/.test(q)
  // "By how many days did the judge lengthen her sentence": a change in days, not days between two events.
  const changedBy = /\bby how (?:many|much)\b/.test(q) && CHANGED.test(q)
  if (elapsedUnit && elapsedCue && !changedBy && !(elapsedUnit[1] && !TIME_UNITS.test(elapsedUnit[1]))) {
    const unit = elapsedUnit[1] ?? want.unit
    const pair = pairOf(q)
    const precision = unit === 'months' ? 'months' : unit === 'days' || unit === 'weeks' || unit === 'hours' ? 'days' : 'years'
    if (/\bhow many (?:more |fewer )?(?:hours|minutes)\b/.test(q) && /\bthan\b/.test(q)) return base('difference', pair?.sides ?? [], pair?.shared ?? q)
    return base('elapsed', pair?.sides ?? [], pair?.shared ?? q, { precision, by: /\bhow old\b|\bold was\b/.test(q) ? 'span' : undefined })
  }
  if (/\bhow old was\b.*\b(?:when|at)\b.*\b(?:died|death)\b/.test(q)) return base('elapsed', [], q, { precision: 'years', by: 'span' })
  // An amount is asked: "how much/many", or money, a share, a unit or a count the question names.
  const amountAsked = /\bhow (?:much|many|big|large|wide|far|long|old)\b/.test(q) || Boolean(want.kind || (want.unit && /\bhow many\b/.test(q)))
  // A figure the question gives ("more than 30 percent", "longer than four hours") is a claim to check against the text, not a second side.
  const yesNo = /^(?:is|are|was|were|does|do|did|has|have|can|would|will)\b/.test(q) && /\bthan\b/.test(q) && amountAsked && !THAN_FIGURE.test(q)
  // "How many kelvins …, between its freezing point and the point where it condenses?": the two ends, unless
  // "between 1701 and 1800" only bounds when, or the question totals or averages.
  // "What is the spread in °C between the highest and lowest temperatures?": a gap between figures, when
  // a unit or the extremes say it is one (not "the difference between a virus and a bacterium").
  const gapBetween = /^(?:what(?:'s| is| was| are| were)) the (?:difference|gap|spread|margin)\b.*\bbetween\b.+\band\b/.test(q) && Boolean(want.unit || want.kind || /\b(?:highest|lowest|maximum|minimum|largest|smallest|oldest|youngest|longest|shortest)\b/.test(q))
  const spanBetween = gapBetween || /\bhow (?:many|much)\b.*\bbetween\b.+\band\b/.test(q) && !/\bbetween (?:\d{3,4}|[a-z]+ \d{4}) and \d{4}\b/.test(q) && !/\b(?:in total|altogether|combined|in all|per|each|on average)\b/.test(q)
  if (/^compare\b/.test(q)) {
    const list = listOf(q.replace(/^compare\s+/, 'compare of '))
    if (list && list.sides.length === 2) return base('difference', list.sides, list.shared)
  }
  if (HOW_MUCH_MORE.test(q) || /\bby how (?:many|much)\b|\bexceed|\boutnumber|\boutpa(?:y|id|ys)\b|\bhow (?:many|much|far)\b[^?]*\bapart\b|\bhow many [a-z°]+ separat(?:e|es)\b/.test(q) || spanBetween || (amountAsked && /\b(?:difference|gap|spread|margin)\b|\bcompared? (?:to|with)\b|\bversus\b|\bvs\.?\s/.test(q)) || yesNo) {
    const pair = pairOf(q, false)
    const which = yesNo ? (/\bmore or less\b|\bless or more\b/.test(q) ? 'which' : /\b(?:less|fewer|lower|smaller|cheaper|shorter)\b/.test(q) ? 'less' : 'more') : undefined
    const amongList = /\b(?:among|across) (?:the )?(?:groups? )?([^?]+\b(?:and|or)\b[^?]+)$/.exec(q) ?? /\bof (?:the )?(?:groups? )?([^?]+,[^?]+\b(?:and|or)\b[^?]+)$/.exec(q)
    if (amongList && /\b(?:lowest|highest|least|most|smallest|largest)\b/.test(q)) {
      const list = listOf(amongList[1])
      if (list) return base('spread', list.sides, q.replace(amongList[1], ' '))
    }
    // "How much longer did A live than B": the spans of their dates ("(1919–1980)"), not two figures.
    const spans = /\b(?:live[ds]?|living|reign(?:ed|s)?|rule[ds]?|serve[ds]?|last(?:ed|s)?)\b/.test(q) && /\b(?:longer|shorter|more years|fewer years)\b/.test(q)
    if (pair) return base('difference', pair.sides, pair.shared, { yesNo: which, by: spans ? 'span' : undefined })
    // With no two sides, only a score ("by how many points did X win"), a change ("grow from … to …")
    // or a range's two ends ("the low and high estimates") has two figures; else "by how much did X
    // cut" asks for the size the text states.
    if (/\bhow (?:many|much|far)\b[^?]*\bapart\b/.test(q) || (amountAsked && CHANGED.test(q)) || (/\b(?:low|lowest|bottom|min\w*)\b/.test(q) && /\b(?:high|highest|top|max\w*)\b/.test(q))) return base('difference', [], q, { yesNo: which })
    return amountAsked ? base('lookup', [q], '') : undefined
  }
  // "Adding A to B, how many …": the two sides the reader adds.
  const adding = /^adding (.+?) to (.+?),\s*(.+)$/.exec(q)
  if (adding) return base('sum', [adding[1], adding[2]], adding[3])
  // "What do A and B add up to?"
  if (/\badd(?:s|ed)? up to\b|\badded together\b/.test(q)) {
    const list = listOf(q.replace(/\s*\badd(?:s|ed)? up to\b|\s*\badded together\b/, ' together'))
    if (list) return base('sum', list.sides, list.shared)
  }
  if (/\b(?:combined|altogether|in total|total|together|sum|in all|all told)\b/.test(q) && /\bhow (?:many|much|far|long|heavy)\b|\bwhat(?:'s| was| is| were| are) the (?:combined|sum|total)\b/.test(q)) {
    const list = listOf(q)
    // A rate over the total ("…together, how many students are there per professor"): what it is per
    // names none of the parts.
    const perThing = perThingOf(q)
    const perAt = list && perThing ? list.shared.indexOf(perThing.phrase) : -1
    const shared = perAt >= 0 ? list?.shared.slice(0, perAt) : list?.shared
    // "How many total yards did Denver gain?" asks for a total the text states; only a list, or "in total", adds.
    if (list || /\b(?:in total|altogether|combined|in all|all told|together)\b|\bthe sum of\b/.test(q)) return base('sum', list?.sides ?? [], shared ?? q)
  }
  // "What was the average value per tonne …": a rate, not the mean of what follows.
  const perAsked = /(?:^|,\s*)(?:what|which)(?:'s| is| was| are| were) (?:the )?(?:average |mean |typical )?(?:[\w-]+ ){1,2}per [\w-]+/.test(q)
  if (AVERAGE.test(q) && !perAsked && /\b(?:across|among|of|for)\b[^?]*,?[^?]*\b(?:and|or)\b/.test(q) && !/\bon average\b/.test(q)) {
    const list = listOf(q)
    if (list && list.sides.length >= 2) return base('average', list.sides, list.shared)
  }
  // "How many people a year did the epidemics kill in the 15 years …": per year over the span the text gives.
  const perUnit = /\b(?:on average|average|each|per)\b|\bhow many [\w-]+ an? (?:year|month|week|day)\b/.exec(q)
  // "How many blocks per hour…", "How much did it charge per ship…" (money over a count; money per month is a rate the lookup converts).
  if (perUnit && (/\bhow (?:many|much)\b/.test(q) && (want.unit || want.kind === 'money') || perAsked)) {
    const denominator = /\b(?:per|an?(?= (?:year|month|week|day)\b)|each(?: of)?(?: (?:the|its|their|his|her))?) ((?:[\w'-]+ ){0,3}?[\w-]+?)(?: (?:did|do|does|was|were|is|are|had|has|have|take|took|in|of|on|between|from)\b|[?,]|$)/.exec(q)
    if (denominator && !/^(?:annum|capita|cent|person)\b/.test(denominator[1]) && (want.unit || !PERIODS.test(denominator[1]))) return base('per-unit', [denominator[1]], q)
  }
  const scale = /\bhow (?:many|much) ([a-z-]+(?: [a-z-]+)?) (?:is|are|equals?|make|in|to|for|would|of)\b.*?\b(\d+(?:\.\d+)?|[a-z]+) ([a-z-]+)/.exec(q)
  if (scale && /\b(?:equivalent|equal|equals|is|are|make|makes|in)\b/.test(q) && /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)\b/.test(q.slice(scale.index + scale[0].length - scale[3].length - scale[2].length - 1))) {
    return base('scale', [q], q)
  }
  // Anything else that asks for an amount is a lookup: one figure, perhaps modified.
  // "…, in days?", "in hours, what is …": a unit of measurement the answer is asked in.
  const unitAsked = Boolean(want.unit && unitNamed(want.unit) && /(?:,\s*|\s)in [a-z/]+$|^in [a-z/]+,/.test(q))
  if ((AMOUNT_ASKED.test(q) || unitAsked) && !/\b(?:besides|other than|apart from|aside from|except|in addition to)\b/.test(q)) {
    return base('lookup', [q], '')
  }
  return undefined
}

const PER_THING = /\b(?:per|for each|for every)\s+(?:of (?:the|its|their|his|her) )?(?:(?:a|an|one)\s+)?([a-z][\w'’-]*)/

/**
 * "per professor", "for each of the students": the thing a rate is over (not a period, "per month"),
 * which a sum alone does not answer ("per capita" and "per person" among them: a sum of those is no total).
 */
export function perThingOf(question: string): { word: string; phrase: string } | undefined {
  const m = PER_THING.exec(question)
  return m && !/^(?:the|its|their|his|her|cent)$/.test(m[1]) && !PERIODS.test(m[1]) ? { word: m[1], phrase: m[0] } : undefined
}

/** The same question read as a plain lookup of one figure, as `readNumericQuestion` reads any other amount asked. */
export function asLookup(nq: NumericQuestion): NumericQuestion {
  return { ...nq, op: 'lookup', sides: [nq.text], shared: '', ends: [endOf(nq.text)] }
}

/** "What is the ratio of A to B", "How many times as many X does A have compared with B" without "than". */
function ratioOf(q: string): { sides: string[]; shared: string } | undefined {
  const of = /\bratio of (.+?) to (.+)$/.exec(q)
  return of ? { sides: [of[1], of[2]], shared: q.slice(0, of.index) } : undefined
}

/**
 * A claim the reader asks to check: "A draft says the top of the range is twelve times Nusra's pay.
 * Do the figures bear that out?" → A, B and 12 times.
 */
function readClaim(q: string): { sides: string[]; shared: string; claim: NonNullable<NumericQuestion['claim']> } | undefined {
  if (!/\b(?:bear (?:that|this|it) out|right|correct|true|accurate|hold up|check out|borne out|is that so|really)\b/.test(q) && !/^(?:is|are|was|were)\b.*\btimes\b/.test(q)) return undefined
  const m = /(?:^|\b(?:that|says?|claims?|states?|writes?|wrote|puts?|argues?)\s)(?:the )?(.+?) (?:is|are|was|were|equals?|comes? to|amounts? to) (?:about |roughly |nearly |almost |exactly )?(?:(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?) times|(twice|double|triple|half)) (?:as (?:much|high|large|big|many) as )?(?:that of )?(.+?)(?:[.?]|$)/.exec(q)
  if (!m) return undefined
  const words: Readonly<Record<string, number>> = { twice: 2, double: 2, triple: 3, half: 0.5 }
  const written = m[2] ?? m[3]
  const value = Object.hasOwn(words, written) ? words[written] : Number(written) || wordValue(written)
  if (!value) return undefined
  return { sides: [m[1], m[4]], shared: '', claim: { value, relation: 'times' } }
}

function wordValue(word: string): number {
  const units: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100 }
  return Object.hasOwn(units, word) ? units[word] : 0
}
