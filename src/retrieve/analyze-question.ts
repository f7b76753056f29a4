import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { findEntities } from '../index/entities'
import { isContentWord, stem, tokenize } from '../index/tokenize'

/** What kind of thing a question asks for; it decides which sentences can answer it. */
export type AnswerType = 'identity' | 'person' | 'statement' | 'destination' | 'naming' | 'measurement' | 'date' | 'place' | 'origin' | 'money' | 'count' | 'percent' | 'age' | 'duration' | 'reason' | 'yes-no' | 'description'

/** A content word of the question, with how informative it is and the article words it may stand for. */
export interface QueryTerm {
  word: string
  stem: string
  /** Informativeness (inverse sentence frequency, lowered for light verbs); unknown words score highest. */
  idf: number
  /** Whether the article uses the word itself. */
  known: boolean
  /** Article stems that mean the same, with the weight a match on them gets. */
  expansions: [stem: string, weight: number][]
}

export interface QuestionAnalysis {
  question: string
  answerType: AnswerType
  terms: QueryTerm[]
  /** Capitalised words of the question (not its first word): the names it asks about. */
  names: string[]
  /**
   * The thing asked about, which an answer must name: "capital" in "What is the capital of France?",
   * "people" in "How many people live in Raqqa?", "leads" in "Who leads the FSA?".
   */
  focus?: QueryTerm
  /** For "how many": the stems of the counted phrase ("foreign fighters"), all of which the count must name. */
  counted?: string[]
  /** Words of a compound focus ("exchange rate") besides its head, which the answer must also name. */
  focusModifiers: QueryTerm[]
  /** Rare names the question asks about ("Aleppo", "Peshmerga"): the answering sentence must name them. */
  requiredNames: string[]
}

/** Framing that says where to look, not what to find: "According to the article, who is Hossam?". */
const FRAMING = /^(?:according to (?:the|this) (?:article|piece|text|authors?),?|in (?:the|this) (?:article|piece),|based on (?:the|this) (?:article|piece),?|(?:does|did) (?:the|this) article (?:say|mention|explain),?)\s*/i

/** Words that ask rather than describe: they set the answer type and are not matched. */
const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'tell', 'explain', 'describe', 'article', 'according', 'say', 'says'])

/** Verbs that say little by themselves ("what happens", "what roles do they play"): a fraction of their idf counts. */
const LIGHT_VERBS = new Set('happen play come go get make take have give become try want need keep put see seem feel know think consider fall mean like thing kind type'.split(' ').map(stem))
const LIGHT_SHARE = 0.3
const UNKNOWN_SHARE = 0.5
/** Content words read from one question; past this, the rest is noise that only costs time. */
const MAX_TERMS = 40

/** Nouns that name the answer's type after "which"/"what" ("which country"): they set the type, not the content. */
const TYPE_NOUNS = /\b(which|what) (countries|country|cities|city|provinces?|regions?|places?|towns?|year|month|date|day|percentage|percent|share|proportion|fraction|age|groups?|kind|sort|type|roles?|ways?|things?)\b|'s (job|occupation|profession|background|role|work)\b/

const TYPE_RULES: [RegExp, AnswerType][] = [
  [/^(who|whom) (is|was|are|were) [a-z]+\??$/, 'identity'],
  [/\bhow old\b|\bwhat age\b|\bat what age\b|\bage\b.*\?$/, 'age'],
  [/\bhow long\b|\bhow many (days|weeks|months|years)\b/, 'duration'],
  [/^how (?:tall|big|large|far|high|heavy|wide|deep|fast)\b/, 'measurement'],
  [/\b(what|which) (percentage|percent|share|proportion|fraction)\b|\bhow many percent\b/, 'percent'],
  [/\bhow much\b|\bwhat (salary|pay|wage)\b|\bpaid\b.*\bhow\b/, 'money'],
  [/\bhow many\b|\bnumber of\b/, 'count'],
  [/^(who|whom)\b|\bwho (is|was|were|are|took|said)\b/, 'person'],
  [/^when\b|\bwhat (year|month|date|day)\b|\bin what year\b/, 'date'],
  [/^what (?:does|do|did) .*\bcall\b|^what (?:is|are|was|were) .*\bcalled\??$|\bwhat (?:is|are) .* known as\b/, 'naming'],
  [/^what (?:did|does|do|has|have)\b.*\b(?:say|said|tell|told|state|claim|argue|think|believe|estimate|recount|explain|write|wrote)\b/, 'statement'],
  [/^(where|which|what)\b.*\bfrom\??$/, 'origin'],
  [/^(where|which|what)\b.*\b(?:flee|fled|go|went|gone|travel\w*|escape\w*|move\w*|send|sent|return\w*|cross\w*|redeploy\w*|defect\w*|run|ran|head\w*|deport\w*|transfer\w*|take|taken|took|smuggl\w*)\b.*\b(?:to|into)\??$/, 'destination'],
  [/^where\b|\bwhich (country|countries|city|cities|province|region|regions|place|places|town)\b|\bwhat (country|city|province|region)\b|\bto which\b.*\b(battlefields?|country|countries|places?)\b/, 'place'],
  [/^why\b|\bwhat (made|drove|motivated|led)\b|\bfor what reason\b|\breasons?\b/, 'reason'],
  [/^(is|are|was|were|do|does|did|can|could|has|have|will|would)\b/, 'yes-no'],
]

/**
 * Reads a question: what it asks for and which of its words carry content, each expanded to the
 * article's words through the synonym table.
 *
 * @example analyzeQuestion(index, 'When did Ammar join ISIS?').answerType // => 'date'
 */
export function analyzeQuestion(index: CorpusIndex, question: string): QuestionAnalysis {
  const folded = canonicalNames(index, foldText(question).trim().replace(FRAMING, ''))
  const lower = folded.toLowerCase()
  let answerType = TYPE_RULES.find(([pattern]) => pattern.test(lower))?.[1] ?? 'description'
  const synonyms = index.artifact.synonyms
  const typeMatch = TYPE_NOUNS.exec(lower)
  const typeNoun = typeMatch?.[2] ?? typeMatch?.[3]
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  for (const token of tokenize(folded)) {
    if (terms.length >= MAX_TERMS) break
    if (!isContentWord(token.word) || QUESTION_WORDS.has(token.word) || token.word === typeNoun || seen.has(token.stem)) continue
    seen.add(token.stem)
    const known = token.stem in index.artifact.sentenceFrequency
    const light = LIGHT_VERBS.has(token.stem)
    const bridged = known || (synonyms[token.stem]?.length ?? 0) > 0
    // A word the article never uses (nor any synonym of it) is how readers paraphrase: it counts,
    // but half as much as a word the article could have matched.
    const idf = index.idf(token.stem) * (light ? LIGHT_SHARE : 1) * (bridged ? 1 : UNKNOWN_SHARE)
    terms.push({ word: token.word, stem: token.stem, idf, known, expansions: light ? [] : synonyms[token.stem] ?? [] })
  }
  const capitalised = [...folded.matchAll(/(?<!^|[.?!] )\b[A-Z][a-zA-Z-]+/g)].map((m) => m[0]).filter((n) => !QUESTION_WORDS.has(n.toLowerCase()))
  // Names typed in lower case ("who is khaled") are the article's proper nouns all the same.
  const proper = new Set([...index.artifact.properNouns, ...index.artifact.people.filter((p) => !p.includes(' ')).map((p) => p.toLowerCase())])
  const lowerNames = (lower.match(/[a-z][a-z-]+/g) ?? []).filter((w) => proper.has(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  const names = [...new Set([...capitalised, ...lowerNames.filter((n) => !capitalised.some((c) => c.toLowerCase() === n.toLowerCase()))])]
  const focusWords = focusOf(lower, answerType)
  // "What is the population of Aleppo?" asks for a quantity: the answer must hold a number.
  if (answerType === 'description' && focusWords?.some((w) => QUANTITY_NOUNS.has(w))) answerType = 'count'
  const findTerm = (word: string) => terms.find((t) => t.word === word || t.stem === word)
  const focus = focusWords ? findTerm(focusWords.at(-1) as string) : undefined
  const focusModifiers = (focusWords?.slice(0, -1) ?? []).map(findTerm).filter((t): t is QueryTerm => Boolean(t))
  const requiredNames = names.map((n) => findTerm(n.toLowerCase())).filter((t): t is QueryTerm => Boolean(t && t.known && t.idf >= RARE_NAME_IDF)).map((t) => t.stem)
  // A count names what it counts, but not the words nearly every sentence has ("ISIS fighters" is "its own fighters").
  const counted = answerType === 'count' ? countedPhrase(lower)?.filter((stem) => index.idf(stem) >= COMMON_IDF) : undefined
  return { question: folded, answerType, terms, names, focus, focusModifiers, requiredNames, counted: counted?.length ? counted : undefined }
}

/** Nouns that ask for an amount when they are what a question is about. */
const QUANTITY_NOUNS = new Set(['population', 'number', 'size', 'budget', 'cost', 'price', 'amount', 'total', 'rate', 'percentage', 'height', 'distance', 'area', 'toll', 'count', 'revenue', 'income'])
/** Words in more sentences than this idf implies are background, not what a count is of. */
const COMMON_IDF = 1

/** A name this rare (it stands in few sentences) is what the question is about, not background like "ISIS". */
const RARE_NAME_IDF = 2

const AUXILIARY = /\s(?:did|do|does|were|was|are|is|have|has|had|will|would|can|could)\b/
const PREPOSITION = /\s(?:for|of|in|at|from|with|to|on|by|about|among|per)\s/

/**
 * The counted phrase of a "how many" question, without its trailing prepositional phrase:
 * "how many primary motivations for joining did…" → primary motivations.
 */
function countedPhrase(lower: string): string[] | undefined {
  const rest = /^how many (.*)$/.exec(lower.replace(/\?$/, ''))?.[1]
  if (!rest) return undefined
  const beforeVerb = rest.split(AUXILIARY)[0]
  const phrase = beforeVerb === rest ? rest.split(' ')[0] : beforeVerb.split(PREPOSITION)[0]
  const stems = tokenize(phrase).filter((t) => isContentWord(t.word)).map((t) => t.stem)
  return stems.length ? stems : undefined
}

/**
 * Rewrites multi-word proper names of an entity ("the Islamic State", "Free Syrian Army") to the entity's
 * one-word name when it has one ("ISIS", "FSA"), so they match the article however it names them.
 */
function canonicalNames(index: CorpusIndex, question: string): string {
  const entities = index.artifact.entities
  let out = question
  for (const mention of findEntities(question, entities).reverse()) {
    const short = entities.find((e) => e.id === mention.id)?.aliases.find((a) => /^[a-z]+$/.test(a) && stem(a) in index.artifact.sentenceFrequency)
    const written = question.slice(mention.start, mention.end)
    // Only a proper name written in words ("Islamic State", "Jabhat al-Nusra"), never a description.
    if (short && /\s/.test(written) && written.split(/\s+/).every((w) => /^(?:[A-Z]|al-|the\b)/.test(w))) out = `${out.slice(0, mention.start)}${short.toUpperCase()}${out.slice(mention.end)}`
  }
  return out
}

/**
 * The word an answer must contain for the question to be answered at all: the attribute in "what is
 * the Y of X" or "what is X's Y", the counted noun in "how many Y", the person in "who is X".
 */
function focusOf(lower: string, type: AnswerType): string[] | undefined {
  const patterns = [
    /^what (?:is|was|are|were) (?:the |a |an )?((?:[a-z]+ )*?[a-z]+) (?:of|for|in|at) /,
    /^what (?:is|was|are|were) [a-z-]+'s? ((?:[a-z]+ )*?[a-z]+)(?: (?:before|after|in|at|of|for|during|when|from)\b.*)?\??$/,
    // "What religion is Hossam?": the answer must be a religion.
    /^(?:what|which) ([a-z]+) (?:is|was|are|were|does|did|do)\b/,
    // "who leads the FSA?": the answer must say who does that.
    /^who (?!is\b|was\b|are\b|were\b|does\b|do\b|did\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b|said\b|says\b)([a-z]+)/,
  ]
  for (const pattern of patterns) {
    const phrase = pattern.exec(lower)?.[1]
    if (phrase && type !== 'count') return phrase.split(' ').filter((w) => isContentWord(w))
  }
  return undefined
}

