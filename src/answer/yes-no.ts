import type { CorpusIndex } from '../index/corpus-index'
import { escapeRegExp, foldText } from '../index/normalize'
import { CARDINALS } from '../index/numbers'
import { indexTerms, isContentWord, stem, tokenize } from '../index/tokenize'
import { MONTH_NAMES } from '../ingest/quantities/dates'
import { type QuestionAnalysis, termOfName } from '../retrieve/analyze-question'
import type { RankedSentence } from '../retrieve/rank-sentences'

/** Why the article's sentence says no to the question, in a reader's words; undefined when it agrees. */
export type Disagreement = string | undefined

/** Words that deny or withhold what they govern: "never believed", "kept it a secret", "eliminating training". General English. */
const NEGATION = /(?:\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|no longer|secret(?:ly)?|hid|hide|hidden|conceal\w*|refus\w*|den(?:y|ied|ies)|fail\w*|lack\w*|cancel\w*|reject\w*|eliminat\w*|abolish\w*|forb(?:id|ade|idden|ids)|ban(?:s|ned)?|prohibit\w*|stop(?:s|ped)?|ceas\w*|abandon\w*|instead of|rather than|absence|unable)\b|n't\b)/i
/** Claims of everything, exactly or only: "all deserters", "exactly $100", "limited to Syrians", "a typical fighter". */
const ABSOLUTE = /\b(?:all|every|everyone|always|exact(?:ly)?|precise(?:ly)?|only|solely|entirely|limited to|confirmed|official|typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|whole)\b/i
/** "usually", "typically": a claim about what is common, which "most", "often" and "many" agree with. */
const COMMON = /\b(?:typical(?:ly)?|usual(?:ly)?|normal(?:ly)?)\b/i
const COMMON_ALL = new RegExp(COMMON.source, 'gi')
const FREQUENT = /\b(?:often|many|(?<!\bat )most|several)\b/gi
/** Hedges, shares and alternatives: "as little as", "an average of", "some sources estimate", "Turkey or Jordan". */
const PARTIAL = /\b(?:some|or|average|as little as|as much as|up to|at least|at most|about|roughly|around|approximately|estimat\w*|reported(?:ly)?|often|many|most|several|hundreds|thousands|dozens|sources)\b/i
/** A restriction in the question answered by a universal in the article: "limited to Syrian fighters" / "all fighters". */
const RESTRICTIVE = /\b(?:only|solely|limited to|just|exclusively)\b/i
const UNIVERSAL = /\b(?:all|every|everyone|each)\b/i
/** A claim of more than one ("several direct hits") answered by exactly one ("only one direct hit"). */
const SEVERAL = /\b(?:several|multiple|numerous|repeated(?:ly)?|many times)\b/i
const ONLY_ONE = /\b(?:only|just) (?:one|once|a single)\b|\bonly (?:\w+ ){0,2}?one\b/i

/**
 * Whether the article's sentence contradicts a yes/no question, by general cues a careful reader
 * checks: one of them denies what the other asserts (a negation or a negating prefix on one side
 * only), the sentence uses the opposite of a question word (WordNet antonyms: "weaker" for
 * "stronger"), ranks it elsewhere ("the second-most populous"), says "before" for "after", gives an
 * age that settles "was X an adult?", hedges what the question claims as all, exactly or typically,
 * says "all" to a restriction, or does not give the question's names or figures where it gives others.
 */
export function disagreement(index: CorpusIndex, analysis: QuestionAnalysis, sentence: string, passage: string): Disagreement {
  const question = foldText(analysis.question)
  const text = foldText(sentence)
  // Negation, hedges and order count only in the clauses that speak of what the question asks: those
  // that hold most of the question's rarer words ("(it won the Rose Bowl in 1920)", not "the team is
  // no longer one of the best"); anywhere in the sentence, only a "not" right before an asked word.
  const relevant = relevantClauses(index, analysis, text)
  // A denying word both sides say is what is asked, not a denial ("Does ISIS ban the press?" / "ISIS
  // forbids independent media"). "unsuccessful" for "succeed", "unimproved" for "improved": a negating
  // prefix on the other side's word denies it too; so does "not" right before a question word ("damaged, but not destroyed").
  const inArticle = new Set(tokenize(relevant).map((t) => t.stem))
  // The question's words and their synonyms (`named`), and with the words near them in meaning too (`asked`).
  const named = new Set(analysis.terms.flatMap((t) => [t.stem, ...t.expansions.map(([x]) => x)]))
  const asked = new Set([...named, ...analysis.terms.flatMap((t) => t.similar.map(([x]) => x))])
  const saidInArticle = (stem: string) => inArticle.has(stem) || analysis.terms.some((t) => t.stem === stem && [...t.expansions, ...t.similar].some(([x]) => inArticle.has(x)))
  const deniedInQuestion = denies(affirmed(question), saidInArticle) || prefixNegates(affirmed(question), relevant)
  // A denial in the article of something the question does not say itself.
  const deniesOther = denies(affirmed(relevant), (stem) => asked.has(stem))
  const deniedInArticle = deniesOther || prefixNegates(affirmed(relevant), question, true) || deniesTerm(named, text)
  if (deniedInQuestion !== deniedInArticle) return deniedInArticle ? 'the article says otherwise' : 'the article does not deny it'
  // The opposite word in the clauses that speak of what is asked ("Avonford faced a complete ban",
  // though "the other six faced partial cutbacks").
  for (const term of analysis.terms) {
    if (inArticle.has(term.stem)) continue
    const opposite = index.antonyms.get(term.stem)?.find((a) => inArticle.has(a))
    // "not improved" for "unimproved": the opposite word, denied, agrees ("a complete ban" denies nothing the question does not say).
    if (opposite && !deniesOther) return `the article uses the opposite word`
  }
  if (ranksDiffer(question, relevant)) return 'the article ranks it differently'
  const bound = boundDiffers(question, relevant)
  if (bound) return `the article says ${bound}`
  const order = orderDiffers(question, relevant)
  if (order) return `the article says ${order}`
  // "Was Sami an adult?" against "Sami was 14 years old": an age answers whether someone was grown.
  const age = GROWN.test(question) ? AGE.exec(text) : null
  if (age) {
    const years = Number(age[1] ?? age[2])
    if ((ADULT.test(question) && years < ADULT_AGE) || (MINOR.test(question) && !ADULT.test(question) && years >= ADULT_AGE)) return `the article gives the age: ${years}`
  }
  const claimed = question.replace(/\bhow (?:many|much)\b/gi, '')
  const hedges = COMMON.test(claimed) && !ABSOLUTE.test(claimed.replace(COMMON_ALL, '')) ? relevant.replace(FREQUENT, '') : relevant
  if (ABSOLUTE.test(claimed) && PARTIAL.test(hedges) && !PARTIAL.test(claimed)) return 'the article hedges it'
  if (RESTRICTIVE.test(question) && UNIVERSAL.test(text) && !UNIVERSAL.test(question)) return 'the article says it applies to all'
  if (SEVERAL.test(question) && ONLY_ONE.test(relevant) && !SEVERAL.test(relevant)) return 'the article says only one'
  // A name or figure the question asserts that the sentence (and its passage) does not give, where it
  // gives another. Only names as the reader wrote them, capitalised, and not the article's own subject
  // (an article on Newcastle speaks of "the city").
  const passageStems = new Set(tokenize(foldText(passage)).map((t) => t.stem))
  const subject = new Set(tokenize(titleOf(index)).map((t) => t.stem))
  for (const name of analysis.names) {
    const term = termOfName(analysis, name)
    if (!term || !/^\p{Lu}/u.test(name) || subject.has(term.stem)) continue
    if (!passageStems.has(term.stem) && !term.expansions.some(([s]) => passageStems.has(s)) && /(?<!^)\b[A-Z][a-z]+/.test(sentence)) return `the article does not say ${capitalised(term.word)}`
  }
  const slot = slotDiffers(analysis, question, text)
  if (slot) return `the article says ${slot}`
  // Figures, not numbers that are part of a name ("Super Bowl 50", "Apollo 11").
  // "one" in a question is most often a pronoun ("the first covered one"), not a figure.
  const numbers = numbersIn(question.replace(/\b(\p{Lu}[\p{L}'-]*)\s+\d+\b/gu, (m, word: string, at: number) => (at > 0 && analysis.names.includes(word) && !MONTH_NAMES.includes(word) ? ' ' : m)).replace(/\bone\b/gi, ' '))
  const given = numbersIn(text)
  if (numbers.length && given.length && numbers.some((n) => !given.includes(n))) return 'the article gives a different figure'
  const range = (n: string) => { const x = escapeRegExp(n); return new RegExp(`(?:\\bor|\\bto|-)\\s+${x}(?![\\w.])|(?<![\\w.])${x}\\s+(?:or|to)\\b`) }
  if (numbers.some((n) => range(n).test(numbersText(relevant)))) return 'the article gives a range, not that figure'
  return undefined
}

/** Words that put one thing before another ("before", "prior to", "antedates", "preceded") or after it ("after", "later than", "postdates"). General English. */
const BEFORE_WORDS = 'before|earlier than|prior to|(?:pre|ante)dat(?:e|es|ed|ing)|preced(?:e|es|ed|ing)'
const AFTER_WORDS = 'after|later than|postdat(?:e|es|ed|ing)'
const ORDER = new RegExp(`\\b(?:(${BEFORE_WORDS})|(${AFTER_WORDS}))\\b(?=\\s+\\w)`, 'gi')

/**
 * The order the article gives where the question asserts the other: "Was Maclure's map published
 * after Smith's?" against "This antedates William Smith's map". The order word's object (up to the
 * clause's end) says what is compared with what: "B came after A" agrees with "Did A come before B?",
 * whose object the article makes its subject. A passive turns the order round ("was preceded by" is
 * after), and an article that also uses the question's word is not read as contradicting it.
 */
function orderDiffers(question: string, text: string): string | undefined {
  const [asked] = ordersIn(question)
  if (!asked) return undefined
  const given = ordersIn(text)
  if (given.length === 0 || given.some((g) => g.way === asked.way)) return undefined
  const [said] = given
  const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => b.has(x)).length
  const swapped = shared(asked.object, said.subject) > shared(asked.object, said.object)
  return swapped ? undefined : said.words
}

/** Each order word of a text, which way it points, its object (to the clause's end) and the rest of the text, as content stems. */
function ordersIn(text: string): { way: 'before' | 'after'; words: string; object: Set<string>; subject: Set<string> }[] {
  return [...text.matchAll(ORDER)].map((m) => {
    const start = m.index ?? 0
    const end = start + m[0].length
    const passive = /^\s+by\b/i.test(text.slice(end)) && /ed$/i.test(m[0])
    const clauseEnd = end + (/[,;:.?!]/.exec(text.slice(end))?.index ?? text.length - end)
    return {
      way: (m[1] !== undefined) !== passive ? 'before' : 'after',
      words: `${m[0]}${passive ? ' by' : ''}`.toLowerCase(),
      object: new Set(indexTerms(text.slice(end, clauseEnd))),
      subject: new Set(indexTerms(`${text.slice(0, start)} ${text.slice(clauseEnd)}`)),
    }
  })
}

/**
 * Prepositions that introduce where, when or from whom something happened ("born in Warsaw",
 * "recorded in 1891", "built by Grumman"), and the plural copula that says what group some are
 * ("leaders in Syria are foreigners or Iraqis"): only capitalised plurals fill it (see `slotsOf`), so
 * "Neil Armstrong" does not answer "American", nor "Germany's" "Jewish".
 */
const SLOT_PREPOSITION = /^(?:in|at|on|from|by|are|were)$/
/** Words between a preposition and the name it introduces ("born in the village of Żelazowa Wola"). */
const SLOT_REACH = 4

/**
 * The place, year or name the sentence gives where the question asserts another: "Was Chopin born in
 * Warsaw?" against "Chopin was born in the village of Żelazowa Wola"; "Was Robert Koch awarded his
 * Nobel Prize in 1891?" against "awarded a Nobel Prize in 1905". A slot is a word of the question, a
 * preposition and the name or year right after it; the sentence fills the same word and preposition
 * with another of the same kind, and nowhere with the question's.
 */
function slotDiffers(analysis: QuestionAnalysis, question: string, sentence: string): string | undefined {
  const asked = slotsOf(statement(question))
  if (asked.length === 0) return undefined
  const given = slotsOf(sentence)
  const same = (a: string, b: string) => a === b || analysis.terms.some((t) => t.stem === a && t.expansions.some(([x]) => x === b))
  for (const slot of asked) {
    const kind = fillerKind(slot.fillers[0])
    if (!kind) continue
    // Only a filler of the same kind tells: a year for a year ("in 2014" / "in Raqqa" says nothing), a name for a name.
    const filled = given.filter((g) => g.preposition === slot.preposition && same(slot.head, g.head) && fillerKind(g.fillers[0]) === kind)
    if (filled.length === 0) continue
    // The asked filler anywhere in the clause ("at Levi's Stadium in the San Francisco Bay Area at Santa Clara"),
    // or after the same preposition elsewhere ("fought in Syria, and later in Iraq"), agrees.
    const agrees = (stems: readonly string[]) => stems.some((c) => slot.fillers.includes(c))
    if (filled.some((g) => agrees(g.clause)) || given.some((g) => g.preposition === slot.preposition && agrees(g.fillers))) continue
    return filled[0].written
  }
  return undefined
}

/** A group as a plural copula's filler: a capitalised plural ("Iraqis"), not a name ("John Lennon") nor a possessive ("Germany’s"). */
const GROUP = '\\p{Lu}\\p{L}+s'
const GROUP_WORD = new RegExp(`^${GROUP}$`, 'u')
/** "Are most of its leaders in Syria Syrians?": a plural copula, the subject, and the group it is said to be. */
const GROUP_PREDICATE = new RegExp(`^(are|were|Are|Were)\\s+(.+\\S)\\s+(${GROUP})(?:\\s+themselves)?\\s*\\??\\s*$`, 'u')

/** "Are most of ISIS's leaders in Syria Syrians?" as the statement it asks about: "… in Syria are Syrians". */
function statement(question: string): string {
  const group = GROUP_PREDICATE.exec(question)
  if (!group || !isContentWord((group[2].split(/\s+/).at(-1) ?? '').toLowerCase())) return question
  return `${group[2]} ${group[1].toLowerCase()} ${group[3]}`
}

/**
 * What kind of thing a slot's filler is: a plain year, or a name. Anything vaguer ("the 1920s", "the
 * 14th century", "’90s", a month) is left alone: it may hold the other side's year.
 */
function fillerKind(filler: string): 'year' | 'name' | undefined {
  if (/^\d{4}$/.test(filler)) return 'year'
  if (/\d/.test(filler) || MONTH_STEMS.has(filler)) return undefined
  return 'name'
}
const MONTH_STEMS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => stem(m.toLowerCase())))

const COPULA = /^(?:are|were)$/

interface Slot { head: string; preposition: string; fillers: string[]; written: string; /** The stems from the preposition to the end of its clause. */ clause: string[] }

/** Each "word preposition Name-or-figure" of a text: the head word's stem, the preposition, the stems of the names or figures soon after it. */
function slotsOf(text: string): Slot[] {
  const tokens = tokenize(text)
  const out: Slot[] = []
  const isFiller = (i: number) => {
    const t = tokens[i]
    return /^\d/.test(t.word) || (t.start > 0 && /^\p{Lu}/u.test(text.slice(t.start, t.end)))
  }
  // After "are" or "were", only a group.
  const fills = (preposition: string, k: number) => isFiller(k) && (!COPULA.test(preposition) || GROUP_WORD.test(text.slice(tokens[k].start, tokens[k].end)))
  // A clause ends a slot: "born in 1810, in Żelazowa Wola".
  const endsClause = (k: number) => /[,;:.()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!SLOT_PREPOSITION.test(tokens[i].word) || !isContentWord(tokens[i - 1].word)) continue
    const fillers: number[] = []
    for (let k = i + 1; k < tokens.length && (fillers.length > 0 || k <= i + SLOT_REACH); k++) {
      if (endsClause(k)) break
      if (fills(tokens[i].word, k)) fillers.push(k)
      else if (fillers.length) break
    }
    if (fillers.length === 0) continue
    const last = fillers.at(-1) as number
    let end = i + 1
    while (end < tokens.length && !endsClause(end)) end++
    out.push({ clause: tokens.slice(i + 1, end).map((t) => t.stem), head: tokens[i - 1].stem, preposition: tokens[i].word, fillers: fillers.map((k) => tokens[k].stem), written: text.slice(tokens[i - 1].start, tokens[last].end) })
  }
  return out
}

/** Negations that are grammar, not a predicate: they deny whatever the other side says. */
const FUNCTION_NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|no longer|n't)$/i
/**
 * Whether a text denies something: a negation, unless every denying word is what both sides speak of
 * ("Was the flight scrapped?" and "cancelling a third flight"; "Does ISIS ban the press?" and "ISIS
 * forbids independent media"): `shared` says whether the other side says that word too.
 */
function denies(text: string, shared: (stem: string) => boolean): boolean {
  const stems = tokenize(text).map((t) => t.stem)
  return [...text.matchAll(new RegExp(NEGATION.source, 'gi'))].some((m) => {
    const next = tokenize(text.slice((m.index ?? 0) + m[0].length)).slice(0, 2)
    // "not only", "not until": no denial. "exempt from state taxes (but not EU taxes)": an exception, not a denial of what it affirms.
    if (NOT_DENYING.test(next[0]?.word ?? '') || (next.length === 2 && !shared(next[0].stem) && shared(next[1].stem) && stems.filter((s) => s === next[1].stem).length > 1)) return false
    return FUNCTION_NEGATION.test(m[0]) || !tokenize(m[0]).every((t) => shared(t.stem))
  })
}

/** A negation undone: "not uncommon", "not unlike", "not non-violent" affirm. */
const DOUBLE_NEGATION = /\b(?:not|never|hardly) (?:un|non-?)(?=(?:common|usual|like|likely|known|important|reasonable|expected|familiar|related|aware|heard|similar|typical|successful|willing|violent)\b)/gi
function affirmed(text: string): string {
  return text.replace(DOUBLE_NEGATION, '')
}

/** A negation directly before one of the question's words: "damaged, but not destroyed", "the oxidant, not the fuel", "zero touchdowns". */
const DENIER = /^(?:not|no|never|zero|nor|neither)$/
/** "not only", "not just", "not until": a negation that does not deny what follows. */
const NOT_DENYING = /^(?:only|just|merely|simply|until|till|least|less|more|before|after)$/
function deniesTerm(asked: ReadonlySet<string>, text: string): boolean {
  // "a zero-tolerance policy" qualifies, it does not deny; "didn't retreat" does.
  const tokens = tokenize(text.replace(/\bzero-(?=\w)/gi, '').replace(/n't\b/gi, ' not'))
  return tokens.some((t, i) => {
    if (!DENIER.test(t.word) || NOT_DENYING.test(tokens[i + 1]?.word ?? '')) return false
    const [next, after] = [tokens[i + 1], tokens[i + 2]]
    if (next && asked.has(next.stem)) return true
    // "exempt from member state taxes (but not EU taxes)": after a qualifier, a word the sentence also affirms is not denied.
    return after !== undefined && asked.has(after.stem) && !tokens.some((o, j) => j !== i + 2 && o.stem === after.stem)
  })
}

/** An age stated in years: "14 years old", "aged 14", "at the age of 14". */
const AGE = /\b(\d{1,3})[- ]years?[- ]old\b|\b(?:aged|age of|age)\s+(\d{1,3})\b/i
/** Asking whether someone was grown, or was a child. General English. */
const ADULT_WORDS = 'adults?|grown[- ]?ups?|grown men|grown women|of age'
const MINOR_WORDS = 'child|children|minors?|kids?|teen(?:ager)?s?|juveniles?|under ?age'
const ADULT = new RegExp(`\\b(?:${ADULT_WORDS})\\b`, 'i')
const MINOR = new RegExp(`\\b(?:${MINOR_WORDS})\\b`, 'i')
/** "Was Sami an adult…", "Is he a minor…": whether someone named was grown (not "Were children among the victims?"). */
const GROWN = new RegExp(`^(?:is|was|were|are)\\s+(?:\\S+\\s+){1,3}?(?:an?\\s+)?(?:${ADULT_WORDS}|${MINOR_WORDS})\\b`, 'i')
/** The age at which one counts as an adult (most countries' age of majority). */
const ADULT_AGE = 18

/**
 * Prefixes that make a word mean its opposite: "un-", "non-" ("unsuccessful", "nonviolent"); and
 * "in-", "im-", "il-", "ir-", "dis-" before a root that reads as an adjective ("incomplete",
 * "impractical", "illegal", "irregular", "disloyal"), not before any word ("improve", "discover", "immigrant").
 * The broad set is read only in the article: in a question, "declare the Treaties invalid" asks about
 * invalidity, it does not deny validity.
 */
const NEGATING_PREFIX = /^(?:un|non-?)(?=[a-z]{5})/
const NEGATING_PREFIX_BROAD = /^(?:in|im|il|ir|dis)(?=[a-z]{3,}(?:ete|ble|al|ent|ant|ive|ic|ate|ous|ar|ct|id|est|ure|ful)$)(?=[a-z]{5})/
/** Words those prefixes begin without denying the rest ("invaluable", "infamous", "immigrant", "disinfect"). General English. */
const NOT_NEGATED = /^(?:invaluabl|inflammabl|infamous|incredibl|indifferent|inpatient|immigrant|incorporat|indoctrinat|disinfect)/
/**
 * Whether a text holds a word with a negating prefix whose root is a word of the other text
 * ("unimproved" and "improved"). `broad`: in-, im-, il-, ir- and dis- too, whose root must then be the
 * other word's stem or its start ("incomplete" and "complete", "irregular" and "regularly"), never a "-ment" noun ("imprisonment").
 */
function prefixNegates(text: string, other: string, broad = false): boolean {
  const words = tokenize(other).map((t) => t.word).filter((w) => w.length >= 5)
  const own = tokenize(text).map((t) => t.word)
  return own.some((word) => {
    const narrow = NEGATING_PREFIX.test(word)
    if (!narrow && !(broad && NEGATING_PREFIX_BROAD.test(word) && !/ment$/.test(word) && !NOT_NEGATED.test(word))) return false
    const root = word.replace(narrow ? NEGATING_PREFIX : NEGATING_PREFIX_BROAD, '')
    const same = (w: string) => (narrow ? sharesRoot(root, w) : stem(root) === stem(w) || w.startsWith(root))
    // "The nonprofit made a profit": a prefixed word beside its own root names a kind, it does not deny.
    return words.some(same) && !own.some((o) => o !== word && same(o))
  })
}

/**
 * "more than 10 employees", "fewer than ten", "no more than 20": a bound on a figure (with its "%" or
 * scale), which way it points ("no more than" bounds from above), and the word after it.
 */
const BOUND = /\b(?:(no|not) )?(?:(more|greater|higher|over|above|bigger|larger)|(fewer|less|lower|under|below|smaller))(?: than)? (\d+(?:\.\d+)?(?:%| (?:hundred|thousand|million|billion|trillion)\b)?)(?: ([a-z]+))?/gi
/** The question bounds a figure of some thing one way, the article the same figure of the same thing the other ("more than ten employees" / "fewer than 10 employees"). */
function boundDiffers(question: string, text: string): string | undefined {
  const bounds = (t: string) => [...numbersText(t).matchAll(BOUND)].map((m) => ({ up: (m[2] !== undefined) !== (m[1] !== undefined), n: m[4], noun: stem(m[5] ?? ''), said: m[0] }))
  const given = bounds(text)
  for (const asked of bounds(question)) {
    const other = given.find((g) => g.n === asked.n && g.noun === asked.noun && g.up !== asked.up)
    if (other) return other.said
  }
  return undefined
}

/** Whether two words share a root: their first five letters, and the shorter is most of the longer's start. */
function sharesRoot(a: string, b: string): boolean {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i >= 5 && i >= Math.min(a.length, b.length) - 3
}

const ORDINAL_WORDS = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10]])
const SUPERLATIVE = /\b(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(most|least|largest|biggest|highest|lowest|smallest|greatest|longest|oldest|fewest)(?:\s+([a-z]+))?/gi
/**
 * Where superlatives put things: "the most populous" is first, "the second-most populous" or "the
 * third-largest" second or third, "the least common" last (−1), keyed by what is ranked ("most
 * populous" by "populous", "largest" by itself).
 */
function ranksIn(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  for (const m of text.matchAll(SUPERLATIVE)) {
    const word = m[2].toLowerCase()
    const opposite = word === 'least' || word === 'fewest'
    const key = word === 'most' || opposite ? m[3]?.toLowerCase() : word
    if (!key) continue
    const rank = opposite ? -1 : m[1] ? ORDINAL_WORDS.get(m[1].toLowerCase()) ?? parseInt(m[1], 10) : 1
    out.set(key, (out.get(key) ?? new Set()).add(rank))
  }
  return out
}

/** Whether the text ranks something the question ranks, never at the question's place ("the second-most populous" for "the most populous"). */
function ranksDiffer(question: string, text: string): boolean {
  const given = ranksIn(text)
  return [...ranksIn(question)].some(([key, ranks]) => given.has(key) && [...ranks].every((rank) => !given.get(key)?.has(rank)))
}

/** The clauses of a sentence that hold most of what the question asks (by the rarity of the words they match). */
function relevantClauses(index: CorpusIndex, analysis: QuestionAnalysis, text: string): string {
  const weight = new Map<string, number>()
  for (const t of analysis.terms) {
    for (const s of [t.stem, ...t.expansions.map(([x]) => x), ...t.similar.map(([x]) => x)]) weight.set(s, Math.max(weight.get(s) ?? 0, index.idf(t.stem)))
  }
  const clauses = text.split(/[;:()]|,(?!\s*and\b)|\s[-–—]\s|\b(?:but|while|whereas|although|though)\b/)
  const scores = clauses.map((clause) => { const seen = new Set(tokenize(clause).map((t) => t.stem)); let score = 0; for (const s of seen) score += weight.get(s) ?? 0; return score })
  const best = Math.max(0, ...scores)
  return clauses.filter((_, i) => scores[i] > 0 && scores[i] >= RELEVANT_SHARE * best).join(' ; ')
}
/** A clause counts as speaking of the question when it matches at least this share of the best clause's weight. */
const RELEVANT_SHARE = 0.75

function titleOf(index: CorpusIndex): string {
  const doc = [...index.documents.values()][0]
  return doc ? `${doc.meta.title} ${doc.meta.subtitle ?? ''}` : ''
}

/**
 * The verdict on a yes/no question: "No" when the best sentence, or a close runner-up, contradicts
 * it (that sentence is then the one to cite), else "Yes" on the best sentence.
 */
export function yesNoVerdict(index: CorpusIndex, analysis: QuestionAnalysis, ranked: readonly RankedSentence[]): { verdict: 'Yes' | 'No'; sentence: RankedSentence; reason?: string } {
  const [best] = ranked
  // A close runner-up that contradicts the question settles it as surely as the best sentence.
  const contenders = ranked.filter((r, i) => i === 0 || (i < CONTENDERS && r.probability >= CLOSE_SHARE * best.probability))
  for (const r of contenders) {
    const reason = disagreement(index, analysis, r.sentence.text, index.passageOf(r.sentence.id).text)
    if (reason) return { verdict: 'No', sentence: r, reason }
  }
  return { verdict: 'Yes', sentence: best }
}

/** Sentences checked for a contradiction: the best and close runners-up. */
const CONTENDERS = 3
/** A runner-up counts as close when the ranker gives it at least this share of the best one's probability. */
const CLOSE_SHARE = 0.5

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Text with small numbers in words written as digits, so "three times" meets "3 times". */
function digitsFor(text: string): string {
  return text.toLowerCase().replace(/\b[a-z]+\b/g, (w) => (Object.hasOwn(CARDINALS, w) ? String(CARDINALS[w]) : w))
}

/** The numbers a text states, in digits (thousands separators and currency signs dropped), a share marked "%" ("5.8%" is not 5.8 million). */
function numbersIn(text: string): string[] {
  return [...numbersText(text).matchAll(/\b\d+(?:\.\d+)?(?!\w)(%)?/g)].map((m) => m[0])
}

/** Text with its numbers written plainly: small numbers in words as digits, no thousands separators, a share as "5%". */
function numbersText(text: string): string {
  return digitsFor(text).replace(/(\d),(\d{3})/g, '$1$2').replace(/(\d)\s*(?:%|per ?cent\b)/gi, '$1%')
}
