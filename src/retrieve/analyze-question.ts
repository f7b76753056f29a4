import type { CorpusIndex } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import { foldText } from '../index/normalize'
import { isContentWord, stem, type Token, tokenize } from '../index/tokenize'
import { readShorthand } from './shorthand'

/**
 * What kind of answer a question asks for, read from its question words alone (general English, no
 * knowledge of any article). The ranker learns which kinds of words answer each kind.
 */
export const QUESTION_TYPES = ['who', 'when', 'where', 'howmany', 'howmuch', 'percent', 'howlong', 'howold', 'measure', 'why', 'how', 'yesno', 'what', 'other'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** A content word of the question, with how informative it is and the article words it may stand for. */
export interface QueryTerm {
  word: string
  stem: string
  /** Informativeness: inverse sentence frequency in the corpus (unknown words score highest). */
  idf: number
  /** Whether the article uses the word itself. */
  known: boolean
  /** Article stems that mean the same (WordNet and the optional curated table), with a weight each. */
  expansions: [stem: string, weight: number][]
  /** Article stems near it in meaning (word vectors), with their cosine similarity. */
  similar: [stem: string, similarity: number][]
}

export interface QuestionAnalysis {
  question: string
  type: QuestionType
  /** The noun after "what"/"which" ("what team"): the kind of thing asked for, when named. */
  headNoun?: string
  terms: QueryTerm[]
  /** Stems of every word of the question, stop words included: what an answer adds must be new. */
  stems: Set<string>
  /** Capitalised words of the question (not its first word) and the article's proper nouns it names. */
  names: string[]
}

/** A label before the question proper: "Fact check: …", "Quick question: …". */
const LABEL = /^[a-z][a-z ]{0,20}:\s+(?=\S)/i
const SOURCE = '(?:the|this) (?:article|piece|text|passage|story|essay|report|authors?|writers?)'
/**
 * Framing that says where to look, not what to find: "According to the article, who is Hossam?",
 * "Does the article say that ISIS bans the press?", "Is it true that …". Its words are not matched.
 */
const FRAMING = new RegExp(`^(?:according to ${SOURCE},?|in ${SOURCE},|based on ${SOURCE},?)\\s*|\\b(?:does|did|do|is|was) ${SOURCE} (?:say|state|claim|mention|report|suggest|put|give|argue|note|describe|indicate|imply|present|tell us|offer|provide|cite|show|list|point to|rely on|use)s?(?: that)?\\b|\\bis it (?:true|correct|right|the case) (?:that )?|,? according to ${SOURCE}\\b`, 'gi')

/** Words that ask rather than describe: they set the question type and are not matched. */
const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'tell', 'explain', 'describe', 'article', 'according', 'say', 'says'])

/** Verbs that say little by themselves ("what happens", "what roles do they play"): a fraction of their idf counts. */
const LIGHT_WORDS = new Set('happen play come go get make take have give become try want need keep put see seem feel know think consider fall mean like thing kind type name'.split(' ').map(stem))
const LIGHT_SHARE = 0.3
/** Content words read from one question; past this, the rest is noise that only costs time. */
const MAX_TERMS = 40

/** Auxiliary verbs, as alternatives for a regular expression: what opens a yes/no question. */
export const AUX = 'is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might|must'
/** Nouns after "what"/"which" that ask for a person or a group, a time, a place. General English. */
const WHO_NOUNS = /^(?:person|people|man|men|woman|women|player|players|team|teams|company|companies|group|groups|organi[sz]ations?|party|parties|leader|leaders|president|king|queen|emperor|author|writer|scientist|artist|member|members|individual|official|officials|family|tribe|band|club|university|school|body|agency|institution|country|countries|nation|nations|government|army|side|coach|quarterback|owner|founder|son|daughter|wife|husband|name|names|title|nickname)$/
const WHEN_NOUNS = /^(?:year|years|date|dates|day|days|month|months|century|centuries|decade|decades|time|era|period|season|age|week)$/
const WHERE_NOUNS = /^(?:city|cities|country|countries|state|states|place|places|town|towns|region|regions|location|locations|continent|province|provinces|county|area|areas|island|islands|river|street|building|venue|stadium|port|capital|village|district|neighbo(?:u)?rhood|site|camp|border|direction)$/

/** Nouns that ask for an amount ("what is the population of…"): the answer is a number. General English. */
const QUANTITY_NOUNS = /^(?:population|number|amount|size|total|count|height|length|width|depth|weight|distance|area|budget|cost|price|revenue|income|salary|toll)$/

/**
 * Reads a question: what kind of answer it wants and which of its words carry content, each expanded
 * to the article's words through the synonym table.
 *
 * @example analyzeQuestion(index, 'When did Ammar join ISIS?').type // => 'when'
 */
export function analyzeQuestion(index: CorpusIndex, question: string): QuestionAnalysis {
  const asked = expandContractions(readShorthand(index, foldText(question)).replace(/\s+/g, ' ').trim().replace(LABEL, ''))
  const { type, headNoun } = questionType(asked.toLowerCase())
  const folded = canonicalNames(index, asked.replace(FRAMING, ' ').replace(/\s+/g, ' ').trim())
  const lower = folded.toLowerCase()
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  // Names and words the tables know are left as written: "Latin", "basin" are not "lating", "basing".
  const tokens = tokenize(folded).map((token) => (heardOf(index, token.stem) || /\p{Lu}/u.test(folded.charAt(token.start)) ? token : droppedG(index, token) ?? token))
  // Names mean what they name: "Syria" is not "Iraq", however alike their contexts (word vectors put
  // countries, cities and people side by side), so names are matched by spelling and synonyms only.
  const properStems = properStemsOf(index)
  const named = new Set([...folded.matchAll(/(?<!^|[.?!] )\b[A-Z][a-zA-Z-]+/g)].map((m) => stem(m[0].toLowerCase())))
  for (const [k, token] of tokens.entries()) {
    if (terms.length >= MAX_TERMS) break
    if (!isContentWord(token.word) || QUESTION_WORDS.has(token.word) || seen.has(token.stem)) continue
    // "What are the main reasons…" asks why: the word for a reason is the question type, not content.
    if (type === 'why' && (REASON_WORDS.has(token.word) || (REASON_QUALIFIERS.has(token.word) && REASON_WORDS.has(tokens[k + 1]?.word ?? '')))) continue
    seen.add(token.stem)
    const known = index.knows(token.stem)
    const light = LIGHT_WORDS.has(token.stem) || token.word === headNoun
    const idf = index.idf(token.stem) * (light ? LIGHT_SHARE : 1)
    const name = named.has(token.stem) || properStems.has(token.stem)
    const similar = name ? [] : (index.neighbours.get(token.stem) ?? []).filter(([s]) => !properStems.has(s))
    // A word the article never uses and no table knows either is most likely misspelt, unless it is
    // an English word that only looks like one of the article's ("seams", "seem"); a name is read as
    // the article's name all the same ("Basset" for "Bassett").
    const unheardOf = !heardOf(index, token.stem) && (name || !index.lookalikes.has(token.stem))
    const expansions = unheardOf ? spellings(index, token.stem) : index.synonyms.get(token.stem) ?? []
    // "The authors", "the writers": an article's writers speak of themselves as "we" ("We spoke with
    // eight former fighters"); "author" is also the stem of "authority", whose neighbours mislead.
    if (WRITERS.test(token.word)) {
      terms.push({ word: token.word, stem: token.stem, idf, known, expansions: [['we', SPELLING_WEIGHT], ['our', SPELLING_WEIGHT]], similar: [] })
      continue
    }
    terms.push({ word: token.word, stem: token.stem, idf, known, expansions, similar })
  }
  joinCompounds(index, tokens, terms)
  expandPhrases(index, tokens, terms)
  const capitalised = [...folded.matchAll(/(?<!^|[.?!] )\b[A-Z][a-zA-Z-]+/g)].map((m) => m[0]).filter((n) => !QUESTION_WORDS.has(n.toLowerCase()))
  // Names typed in lower case ("who is khaled") are the article's proper nouns all the same.
  const proper = index.properNouns
  const lowerNames = (lower.match(/[a-z][a-z-]+/g) ?? []).filter((w) => proper.has(w) && !capitalised.some((c) => c.toLowerCase() === w))
  return { question: folded, type, headNoun, terms, stems: new Set(tokens.map((t) => t.stem)), names: [...new Set([...capitalised, ...lowerNames])] }
}

/**
 * One word written as two, or two as one: "sea water" for the article's "seawater", "fresh water" for
 * "freshwater", "seawater" for its "sea water". Two adjacent question words whose join the article uses
 * each match it; a question word the article never uses matches the two words it splits into when the
 * article writes them side by side.
 */
function joinCompounds(index: CorpusIndex, tokens: readonly Token[], terms: QueryTerm[]): void {
  const termOf = (s: string) => terms.findIndex((t) => t.stem === s)
  const add = (at: number, stems: string[]) => { terms[at] = withExpansions(terms[at], stems.map((s) => [s, COMPOUND_WEIGHT])) }
  for (let k = 1; k < tokens.length; k++) {
    const [a, b] = [tokens[k - 1], tokens[k]]
    if (!isContentWord(a.word) || !isContentWord(b.word) || !/^[a-z]+$/.test(a.word + b.word)) continue
    const joined = tokenize(a.word + b.word)[0]
    if (!joined || !index.knows(joined.stem)) continue
    for (const at of [termOf(a.stem), termOf(b.stem)]) if (at >= 0) add(at, [joined.stem])
  }
  terms.forEach((t, at) => {
    if (t.known || !/^[a-z]{6,}$/.test(t.word)) return
    for (let i = MIN_PART; i <= t.word.length - MIN_PART; i++) {
      const [a, b] = [tokenize(t.word.slice(0, i))[0], tokenize(t.word.slice(i))[0]]
      if (a && b && isContentWord(a.word) && isContentWord(b.word) && index.usesPair(a.stem, b.stem)) return add(at, [a.stem, b.stem])
    }
  })
}

/**
 * A phrase of the question that WordNet lists ("slip away", "bail out", "prime minister") means the
 * article's single words of the same synset ("leave", "defect", "premier"): they become expansions of
 * the phrase's rarest term, or a term of their own when none of its words is one (all were read as
 * question or grammar words). The words must stand side by side ("bring? Down…" is no phrase). A
 * light verb's phrases count ("known as" is "called", "made up of" "constituted"), though some also
 * read another way ("go after" is "chase"): on the SQuAD half, leaving them out fixed one and broke two.
 */
function expandPhrases(index: CorpusIndex, tokens: readonly Token[], terms: QueryTerm[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(MAX_PHRASE, tokens.length - i); length >= 2; length--) {
      const span = tokens.slice(i, i + length)
      if (span.some((t, k) => k > 0 && t.start - span[k - 1].end > 1)) continue
      const meant = index.synonyms.get(span.map((t) => t.stem).join(' '))
      if (!meant) continue
      const at = terms.map((t, k) => [t, k] as const).filter(([t]) => span.some((w) => w.stem === t.stem)).sort((a, b) => b[0].idf - a[0].idf)[0]?.[1]
      if (at !== undefined) terms[at] = withExpansions(terms[at], meant)
      else if (terms.length < MAX_TERMS) terms.push({ word: span.map((t) => t.word).join(' '), stem: span.map((t) => t.stem).join(' '), idf: Math.max(...meant.map(([s]) => index.idf(s))), known: false, expansions: [...meant], similar: [] })
      i += length - 1
      break
    }
  }
}

/** A term with more expansions: those it does not have yet. */
function withExpansions(term: QueryTerm, more: readonly [string, number][]): QueryTerm {
  const fresh = more.filter(([s]) => s !== term.stem && !term.expansions.some(([x]) => x === s))
  return fresh.length ? { ...term, expansions: [...term.expansions, ...fresh] } : term
}

/** The longest phrase looked up, in words ("throw in the towel"). */
const MAX_PHRASE = 4

/** A compound's expansions count as the word itself. */
const COMPOUND_WEIGHT = 1
/** The shortest part a compound is split into ("sea", "fresh"). */
const MIN_PART = 3

/** Words that name a reason, which a "why" asks for whatever the article calls it. */
const REASON_WORDS: ReadonlySet<string> = new Set(['reason', 'reasons', 'cause', 'causes', 'motivation', 'motivations', 'motive', 'motives'])
/** "The main reasons", "the underlying causes": said of the reason word, not of the article's matter. */
const REASON_QUALIFIERS: ReadonlySet<string> = new Set(['main', 'primary', 'key', 'chief', 'principal', 'major', 'biggest', 'real', 'underlying'])

/** The people who wrote the article, as a reader names them. */
const WRITERS = /^(?:authors|writers|reporters|journalists)$/

/** A misspelt word counts as the article's word it most likely meant, a little less than the word itself. */
const SPELLING_WEIGHT = 0.8
const MAX_SPELLINGS = 3

/**
 * The article's words a word it never uses may be a misspelling of ("abandonned", "defectd"): within
 * one edit, two for long words, found in the index's own term tree.
 */
function spellings(index: CorpusIndex, stem: string): [string, number][] {
  if (stem.length < 4 || /\d/.test(stem)) return []
  const found = new Set<string>()
  for (const r of index.search.search(stem, { fuzzy: stem.length >= 8 ? 2 : 1, fields: ['text'] })) {
    for (const term of r.terms) if (term !== stem && index.knows(term)) found.add(term)
    if (found.size >= MAX_SPELLINGS) break
  }
  return [...found].slice(0, MAX_SPELLINGS).map((s) => [s, SPELLING_WEIGHT])
}

/** The question's term for one of its names ("Ammar's" → the term "ammar"), if the name is a content word. */
export function termOfName(analysis: QuestionAnalysis, name: string): QueryTerm | undefined {
  const word = name.toLowerCase().replace(/'s$/, '')
  return analysis.terms.find((t) => t.word === word)
}

/** Whether the article or a table (synonyms, word neighbours) knows a stem. */
function heardOf(index: CorpusIndex, stem: string): boolean {
  return index.knows(stem) || index.synonyms.has(stem) || index.neighbours.has(stem)
}

/** "killin", "leavin'": the -ing form written as it is said, read as the -ing form when the article uses that. */
function droppedG(index: CorpusIndex, token: Token): Token | undefined {
  if (!/[a-z]{3}in'?$/.test(token.word)) return undefined
  const ing = tokenize(`${token.word.replace(/'$/, '')}g`)[0]
  return ing && index.knows(ing.stem) ? { ...ing, start: token.start, end: token.end } : undefined
}

const properStemCache = new WeakMap<CorpusIndex, Set<string>>()
/** Stems of the words the article writes as proper nouns. */
function properStemsOf(index: CorpusIndex): Set<string> {
  let stems = properStemCache.get(index)
  if (!stems) properStemCache.set(index, (stems = new Set(index.artifact.properNouns.map((w) => stem(w)))))
  return stems
}

/** "What's", "whats", "who's", "who're": the question word and "is" or "are", however typed. */
function expandContractions(text: string): string {
  return text.replace(/\b(what|who|where|when|how|which)(?:'s|s)\b/gi, '$1 is').replace(/\b(what|who|where|how)'re\b/gi, '$1 are')
}

/**
 * The question type from its question words, wherever they stand ("The Broncos beat which team?"),
 * and the noun after "what"/"which" when there is one.
 *
 * @example questionType('how many people live in warsaw?') // => { type: 'howmany' }
 */
export function questionType(asked: string): { type: QuestionType; headNoun?: string } {
  const written = expandContractions(asked)
  // A question word inside a compound asks nothing: "what know-how", "a how-to guide", "the what-ifs".
  const lower = written.replace(/\b(?:[a-z]+-)+(?:how|who|what|when|where|why|which)\b|\b(?:how|who|what|when|where|why|which)(?:-[a-z]+)+/g, (m) => m.replace(/-/g, '_'))
  // The noun after "what"/"which": the first of the next three words that names a kind of answer
  // ("which NFL team", "what month, day and year"), else the word right after.
  // "What is the population of…": past a copula and an article, the noun is the head all the same.
  const after = /\b(?:what|which)(?: kind of| type of| sort of)?(?: (?:is|was|are|were))?(?: (?:the|a|an))? ([a-z' ,-]+)/.exec(written)?.[1].split(/[ ,]+/).filter(Boolean).slice(0, 3) ?? []
  const typed = after.find((w) => WHO_NOUNS.test(w) || WHEN_NOUNS.test(w) || WHERE_NOUNS.test(w))
  const first = after[0]
  const headNoun = typed ?? (first && !new RegExp(`^(?:${AUX}|the|a|an|of|to|in|on|he|she|it|they|this|that|his|her|their|its)$`).test(first) ? first : undefined)
  const quantity = Boolean(headNoun && QUANTITY_NOUNS.test(headNoun))
  // The main clause's question word: "When John Fox left, who replaced him?" asks who.
  const firstWh = (/^(?:when|where|if|after|before|while|as|since|once|although|though)\b[^,?]*, (who|whom|whose|when|where|why|how|what|which)\b/.exec(lower) ?? /\b(who|whom|whose|when|where|why|how|what|which)\b/.exec(lower))?.[1] ?? ''
  const rules: [RegExp | boolean, QuestionType][] = [
    // "Did Sami tell his family when he signed up?": an auxiliary first (after any opening phrase)
    // asks yes or no, whatever question words its clauses hold.
    [new RegExp(`^(?:[^,?]{1,40}, )?(?:${AUX})\\b(?! (?:you|i) (?:know|tell|explain|say|think)\\b)`), 'yesno'],
    [quantity, 'howmany'],
    [/\bhow many\b|\bwhat number of\b/, 'howmany'],
    [/\b(?:what|which) (?:percentage|percent|proportion|share|fraction)\b|\bhow many percent\b|\bwhat % /.test(lower) || Boolean(headNoun && /^(?:percentage|percent|proportion|fraction)$/.test(headNoun)), 'percent'],
    [/\bhow much\b|\bwhat (?:price|cost|amount|sum)\b/, 'howmuch'],
    [/\bhow long\b/, 'howlong'],
    [/\bhow old\b|\b(?:at )?what age\b/, 'howold'],
    [/\bhow (?:far|big|large|tall|high|heavy|wide|deep|fast|often|small|hot|cold|long ago)\b/, 'measure'],
    [/\bwhy\b|\b(?:what|which) (?:(?:is|are|was|were) )?(?:the |some of the )?(?:(?:main|key|primary|chief|principal|major|biggest|real|underlying) )?(?:reasons?|causes?|motivations?|motives?)\b|\bwhat (?:caused|motivat\w*|made|makes(?! up)|led|leads|prompt\w*|drove|drives|pushe[sd]|push|triggered|sparked|explains?)\b|\bfor what reason\b|\bhow come\b/, 'why'],
    // "Who", "when", "where" ask only as the question's first question word: in "How does ISIS treat
    // fighters who flee?" or "What did he do when he arrived?" they open a clause.
    [/^(?:who|whom|whose)$/.test(firstWh), 'who'],
    [firstWh === 'when', 'when'],
    [firstWh === 'where', 'where'],
    [Boolean(headNoun && WHEN_NOUNS.test(headNoun)), 'when'],
    [Boolean(headNoun && WHERE_NOUNS.test(headNoun)), 'where'],
    [Boolean(headNoun && WHO_NOUNS.test(headNoun)), 'who'],
    [/^how\b|\bhow\b/, 'how'],
    [/\bwhat\b|\bwhich\b/, 'what'],
  ]
  const type = rules.find(([test]) => (typeof test === 'boolean' ? test : test.test(lower)))?.[1] ?? 'other'
  return { type, headNoun }
}

/**
 * Rewrites multi-word proper names of an entity ("the Islamic State", "Free Syrian Army") to the
 * entity's one-word name when it has one ("ISIS", "FSA"), so they match the article however it names
 * them. Only with the optional corpus/entities.json; without it the question stays as typed.
 */
function canonicalNames(index: CorpusIndex, question: string): string {
  const entities = index.artifact.entities
  if (entities.length === 0) return question
  let out = question
  for (const mention of findEntities(question, entities).reverse()) {
    const short = entities.find((e) => e.id === mention.id)?.aliases.find((a) => /^[a-z]+$/.test(a) && index.knows(stem(a)))
    const written = question.slice(mention.start, mention.end)
    // Only a proper name written in words ("Islamic State", "Jabhat al-Nusra"), never a description.
    if (short && /\s/.test(written) && written.split(/\s+/).every((w) => /^(?:[A-Z]|al-|the\b)/.test(w))) out = `${out.slice(0, mention.start)}${short.toUpperCase()}${out.slice(mention.end)}`
  }
  return out
}
