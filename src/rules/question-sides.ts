/**
 * Where a question describes each figure it computes with: "between A and B", "from A to B", "A …
 * than B", "A compared with B", "after A did B", "A exceeds B", "A or B", and lists ("A, B and C
 * combined"). Each piece is one operand's description; the rest of the question describes them all.
 */

/** The descriptions a question gives of its operands, in the order the arithmetic uses them. */
export interface Sides {
  sides: string[]
  /** The words outside every side: what all operands share ("in Victoria", "per month"). */
  shared: string
}

/** Words that only ask ("how many more", "by what percentage"), to tell an empty side from a real one. */
const ASKING_WORDS = /\b(?:how|many|much|more|less|fewer|times|what|by|percent|percentage|is|are|was|were|the|in|roughly|about|per|year|month|higher|lower|larger|smaller|longer|shorter|bigger|greater|faster|slower|older|younger|heavier|lighter|deeper|taller|further|farther|cheaper)\b/g

const STOP_AFTER = /\s(?:combined|altogether|together|in total|in all|all told|overall|according to\b.*|respectively)\b.*$/
const END = /[?.!]+$/

/** Cuts a side at the first comma or clause word after it ("…, in pounds", "… in total"). */
function trimSide(text: string): string {
  return text.replace(END, '').replace(STOP_AFTER, '').replace(/,.*$/, '').trim()
}

/** The asking words a side opens with ("how many more ferries" → "ferries"), which describe no figure. */
const OPENING = /^(?:(?:how|many|much|more|fewer|less|times|what|by|percentage|percent|is|are|was|were|do|does|did|has|have|had|would|will|the difference|difference)\s+|(?:higher|lower|larger|smaller|longer|shorter|bigger|greater|older|younger|deeper|heavier|lighter|taller|faster|slower|further|farther|cheaper)\s+(?:is|are|was|were|did|does|do)?\s*)+/

/** Pronouns that stand for a side named elsewhere. */
const PRONOUNS = /\b(?:it|its|they|them|their|he|she|his|her|this|that|these|those|one|ones)\b/g

/** Prepositions a comparison repeats on its second side ("in New York than in South Dakota"). */
const PARALLEL = /^(in|at|for|on|during|among|by|from|with|under|of) /

/** A setting before the question proper, set off by a comma ("at the battle of carillon, how many …"). */
const LEADING_SETTING = /^\s*(?:at|in|on|during|for|among|across|according to|by|after|before|under|within|going by|based on|using)\s[^,]{2,80},\s*(?=(?:how|what|which|by|roughly|about|approximately|around|exactly)\b)/

function sides(question: string, parts: string[]): Sides {
  // "the salary in New York than in South Dakota": the second side is a phrase like the first side's
  // last one, and what stands before that phrase describes both.
  const parallel = parts.length === 2 ? PARALLEL.exec(parts[1].trim())?.[1] : undefined
  if (parallel) {
    const first = parts[0].trimEnd()
    const at = first.lastIndexOf(` ${parallel} `)
    if (at > 0) parts = [first.slice(at + 1), parts[1]]
  }
  // "At the Battle of Carillon, how many times larger was A than B": a phrase set off before the
  // question proper describes both sides.
  // It stays the first side's when that side says nothing else ("For the North Pier, how many times
  // longer is it …") or the second side repeats its preposition ("In 1944, how many more … than in 1940").
  const setting = LEADING_SETTING.exec(parts[0])
  const rest = setting ? parts[0].slice(setting[0].length) : ''
  const repeated = setting !== null && parallel === setting[0].trim().split(/\s+/)[0]
  if (setting && parts.length >= 2 && !repeated && /[a-z]{3,}/.test(rest.replace(OPENING, '').replace(ASKING_WORDS, ' ').replace(PRONOUNS, ' '))) parts = [rest, ...parts.slice(1)]
  let shared = question
  for (const p of parts) shared = shared.replace(p, ' ')
  const trimmed = parts.map((p) => {
    const t = p.trim()
    const opened = t.replace(OPENING, '')
    if (opened !== t) shared = `${t.slice(0, t.length - opened.length)} ${shared}`
    return opened.trim() || t
  })
  return { sides: trimmed, shared: shared.replace(/\s+/g, ' ').trim() }
}

/**
 * Two operands of a comparison, in the order the arithmetic uses them (the first minus, over or
 * after the second), or undefined when the question does not set two apart. Only a question about
 * time (`events`) sets two events apart by "after" or "before".
 *
 * @example pairOf('how many more buddhists than muslims are there in victoria')
 *   // => { sides: ['buddhists', 'muslims are there in victoria'], shared: 'how many more' }
 */
export function pairOf(lower: string, events = true): Sides | undefined {
  const q = lower.replace(END, '')
  // "X is how many times Y": X over Y.
  const isTimes = /^(.+?) (?:is|was|are|were) (?:\w+ly |now |still |then )?(?:about |roughly |approximately |around )?how many times (?:as \w+ as |the |as |)(.+)$/.exec(q)
  if (isTimes && !/\bthan\b/.test(q)) return sides(q, [isTimes[1], trimSide(isTimes[2])])
  // "How many times X is Y": Y over X.
  const times = /\bhow many times (?:as \w+ as |the |as |)(.+?) (?:is|was|are|were) (.+)$/.exec(q)
  if (times && !/\bthan\b/.test(q)) return sides(q, [trimSide(times[2]), times[1]])
  // "How many times the UK's pay did a professional in the Middle East earn": the doer over the X.
  // ("How many times as large a share of A as it does of B" is no "X did Y": the ratio reads it by "as … as".)
  const timesDid = /\bhow many times (?:as \w+ as |the )(.+?) (?:do|does|did) (.+)$/.exec(q)
  if (timesDid && !/\bthan\b|\bas\b/.test(timesDid[1])) return sides(q, [trimSide(timesDid[2]), timesDid[1]])
  const between = /\bbetween (.+?) and (.+)$/.exec(q)
  if (between) return sides(q, [trimSide(between[2]), between[1]].reverse())
  // "How many years separate A from B", "what separates A and B".
  // (Not "were separated from their families", which is no span between two things.)
  const separate = /\b(?:how many [a-z°]+|years|months|weeks|days|decades|centuries|hours|minutes|miles|kilomet(?:er|re)s|met(?:er|re)s|feet|what|which) (?:\w+ )?separat(?:e|es|ed) (.+?) (?:from|and) (.+)$/.exec(q)
  if (separate && !/\bthan\b/.test(q)) return sides(q, [separate[1], trimSide(separate[2])])
  const fromTo = /\bfrom (.+?) (?:to|until|till|through) (.+)$/.exec(q)
  if (fromTo) return sides(q, [fromTo[1], trimSide(fromTo[2])])
  const than = /^(.*?)\bthan\b(.+)$/.exec(q)
  if (than) {
    // "How much less than X are Y paid?", "How many times more than X does Y pay?": both after "than".
    if (!/[a-z]{3,}/.test(than[1].replace(ASKING_WORDS, ' '))) {
      const split = /^(.+?)\s(?:is|are|was|were|do|does|did|has|have|had|would|will|can|could)\s(.+)$/.exec(than[2].trim())
      if (split) return sides(q, [trimSide(split[2]), split[1]])
    }
    return sides(q, [than[1], trimSide(than[2])])
  }
  const compared = /^(.*?)\b(?:compared (?:to|with)|versus|vs\.?|against|relative to|as opposed to)\b(.+)$/.exec(q)
  if (compared) return sides(q, [compared[1], trimSide(compared[2])])
  const exceed = /^(.*?)\b(?:exceeds?|exceeded|outnumber(?:s|ed)?|outpa(?:y|ys|id)|outweighs?|surpass(?:es|ed)?)\b(.+)$/.exec(q)
  if (exceed) return sides(q, [exceed[1], trimSide(exceed[2])])
  // "How many years after A did B": B is the later, A the earlier. Asked of amounts, "after gold was
  // discovered" only says when ("by how many did the population grow after gold was discovered").
  if (!events) return undefined
  // "How many years had France held Algeria when de Gaulle granted it independence": since the one, until the other.
  const until = /\bhow many \w+ (?:had|has|have|did|does|do|was|were) (.+?) (?:when|by the time) (.+)$/.exec(q)
  if (until) return sides(q, [until[1], trimSide(until[2])])
  // "How long did the British hold Florida before giving it back to Spain": from the one to the other
  // event, the second told by a verb ("How long did the courses last before the defeat" asks a duration
  // at a time; "How many years was it a polytechnic before it became a university" is one thing's two dates).
  const heldUntil = HELD_UNTIL.exec(q)
  if (heldUntil) return sides(q, [heldUntil[1], trimSide(heldUntil[2])])
  // ("after it was incorporated did Telenet go public": the pronoun's verb is the first event's own.)
  const after = /\bafter ((?:(?:it|he|she|they|this|that) (?=\S+ \S))?.+?) (?:did|was|were|had|has|does|do|is|are|would) (.+)$/.exec(q)
  if (after) return sides(q, [after[2], after[1]])
  const before = /\bbefore (.+?) (?:did|was|were|had|has|does|do|is|are|would) (.+)$/.exec(q)
  if (before) return sides(q, [before[1], before[2]])
  return undefined
}

/** Words in -ing that are no verb: "until spring 1865", "before the king". */
const NOT_GERUND = '(?:during|spring|morning|evening|king|thing|nothing|something|anything|everything|building|wedding|ceiling|offspring|sibling|string|ring|wing|viking)'
/** "How long did A hold X before giving it back": the holding, then the event a verb in -ing names. */
const HELD_UNTIL = new RegExp(String.raw`\bhow (?:long|many \w+) (?:had|has|have|did|does|do|was|were) (.+?) (?:before|until|till) ((?!${NOT_GERUND}\b)[a-z]+ing\b.*)$`)

/** Words that end a list item looking back: where a list of operands begins. */
const LIST_START = /(?:^|\s)(?:how many|how much|of|for|counting|including|among|across|between|from|did|does|do|was|were|is|are|has|have|had|in|by|the groups?|rank|order|sort|list|average|mean|sum|total|combined|gain|get|earn|make|pay|pays)\s(?!.*\s(?:of|for|counting|including|among|across|did|does|do|was|were|is|are|has|have|had|rank|order|sort|list)\s)/

/** Words that only say the items are added up ("in all", "altogether"). */
const TOTALLING = /^(?:(?:have|had|has) )?(?:all|in all|in total|altogether|together|combined|all told|overall|total)$/

const COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 }
/** Words that are no adjective of the next item's noun. */
const STOP_ITEMS = /^(?:the|a|an|its|their|his|her|it|they|he|she|them)$/

/**
 * The items of a list the question names ("ISIS, the FSA, the Syrian army and Nusra", "passing and
 * rushing", "public, Catholic and independent schools"), or undefined without one.
 */
export function listOf(lower: string): Sides | undefined {
  const q = lower.replace(END, '')
  const and = /(?:,\s*|\s)(?:and|or|&)\s/.exec(q)
  if (!and) return undefined
  // The list runs back from its last "and" over comma-separated items to where a clause word stands.
  const head = q.slice(0, and.index)
  const start = (() => {
    let at = 0
    for (const m of head.matchAll(new RegExp(LIST_START.source, 'g'))) at = m.index + m[0].length
    return at
  })()
  const listed = head.slice(start)
  const tailMatch = /^(.+?)(?=,|\s(?:combined|altogether|together|in total|in all|by|per|each|a month|a year|during|in \d|according|on|at|from|when|who|that|which|lived|live|were|was|is|are|did|do|does|have|has|had|earn|make|get|pay|pays|paid|threw|lose|lost)\b|$)/.exec(q.slice(and.index + and[0].length))
  if (!tailMatch) return undefined
  // "have in all, A and B together": a word of totalling set off by a comma is no item.
  let items = [...listed.split(/,\s*/), tailMatch[1]].map((s) => s.trim()).filter((s) => s && !TOTALLING.test(s))
  // "the two top grades, grade I and grade II*": the first item announces the ones that follow.
  const announced = /^(?:the )?(two|three|four|five|both) /.exec(items[0] ?? '')
  if (announced && items.length === 1 + (Object.hasOwn(COUNTS, announced[1]) ? COUNTS[announced[1]] : 0)) items = items.slice(1)
  if (items.length < 2) return undefined
  // "general and heavy contractors", "rushing and passing yards": single words that share the last item's noun.
  const last = items[items.length - 1].split(' ')
  if (last.length === 2 && items.slice(0, -1).every((item) => /^[a-z-]+$/.test(item) && !STOP_ITEMS.test(item))) items = [...items.slice(0, -1).map((item) => `${item} ${last[1]}`), items[items.length - 1]]
  const end = and.index + and[0].length + tailMatch[1].length
  return { sides: items, shared: `${q.slice(0, start)} ${q.slice(end)}`.replace(/\s+/g, ' ').trim() }
}

/**
 * The options of a "which" question ("Which park is larger, A or B?", "did Sweden or Prussia lose
 * more", "Of A, B, C and D, who lived the longest?").
 */
export function optionsOf(lower: string): Sides | undefined {
  const q = lower.replace(END, '')
  const afterComma = /,\s*([^,]+?(?:,\s*[^,]+?)*),?\s+(?:or|and)\s+([^,]+)$/.exec(q)
  if (afterComma && /\bor\b/.test(q.slice(afterComma.index))) {
    const items = [...afterComma[1].split(/,\s*/), afterComma[2]].map((s) => s.trim())
    return { sides: items, shared: q.slice(0, afterComma.index) }
  }
  const of = /^(?:of|among|between) (.+?),? (?:and|or) ([^,]+),\s*(.+)$/.exec(q)
  if (of) return { sides: [...of[1].split(/,\s*/), of[2]].map((s) => s.trim()), shared: of[3] }
  const listed = /\b(?:which|who) of (?:the )?(?:\w+ )?(?:\w+ )?([^,]+(?:, [^,]+)*),? (?:and|or) (\S+(?: \S+)?) (.+)$/.exec(q)
  if (listed && /,/.test(listed[1])) {
    const first = listed[1].split(/,\s*/)
    return { sides: [...first, listed[2]].map((s) => s.trim()), shared: listed[3] }
  }
  const did = /\b(?:did|does|do|was|is|were|are|has|had|have) (\S+(?: \S+)?) or (\S+(?: \S+)?) (\w+)/.exec(q)
  if (did) {
    const left = did[1].split(' ')
    const right = did[2].split(' ')
    const n = left.length
    return { sides: [did[1], right.slice(0, n).join(' ')], shared: `${q.slice(0, did.index)} ${right.slice(n).join(' ')} ${q.slice(did.index + did[0].length - did[3].length)}` }
  }
  const or = /(?:^|,\s*)([^,]+?) or ([^,]+)$/.exec(q)
  if (or) return { sides: [or[1], or[2]], shared: q.slice(0, or.index) }
  return undefined
}
