import { type CorpusIndex, passageIdOf } from '../index/corpus-index'
import type { Fact } from '../index/facts'
import type { ParsedDocument } from '../ingest/types'
import { hedgeMeaning } from '../ingest/quantities/hedges'
import { unitNamed } from '../ingest/quantities/units'
import { isContentWord, stem, tokenize } from '../index/tokenize'

/** A word of a question's description of a figure, with how much it counts and the article stems that may stand for it. */
export interface Term {
  word: string
  stem: string
  /** Informativeness (inverse sentence frequency), times the share the description gives it. */
  weight: number
  /** Article stems that mean the same (synonyms, word-vector neighbours) with how close each is. */
  alts: ReadonlyMap<string, number>
  /** A name the article writes as a proper noun: a figure whose owner is someone else counts it little. */
  name: boolean
  /** Brought in from the question's other side ("Ammar" for "deserting it"): one such name covering the figure is enough. */
  borrowed?: boolean
}

/** Words that rank or pick among figures ("list", "lowest", "most"): op words for a ranking, content in a description ("the highest point"). */
export const RANKING: ReadonlySet<string> = new Set('list rank order sort arrange lowest highest least most fewest largest smallest biggest greatest best worst'.split(' '))

/** Words that ask rather than describe ("how many … did", "times", "percent"): never matched against the article. */
export const ASKING: ReadonlySet<string> = new Set('how many much what which who whom whose when where why is are was were do does did can could would will should has have had the a an of roughly approximately about around nearly exactly total combined altogether together sum difference gap spread margin apart between more less fewer higher lower than times percent percentage per cent share proportion fraction ratio average mean compared compare versus vs by factor multiple much long old better worse group groups faction factions twice double triple thrice half would mentioned mention mentions article text give gives given stated state states figure figures quoted cited top bottom end low high upper actually really draft higher lower larger smaller longer shorter bigger greater older younger deeper heavier lighter taller faster slower further farther'.split(' '))

/** What a hedge says in a reader's words: "as little as $36" is the lowest pay, "an average of $100" the typical. */
const HEDGE_WORDS: ReadonlyMap<string, string[]> = new Map([
  ['floor', ['lowest', 'least', 'minimum', 'low', 'bottom', 'starting', 'start', 'poorly', 'worst', 'fewest', 'smallest']],
  ['ceiling', ['highest', 'most', 'maximum', 'top', 'high', 'biggest', 'largest', 'best']],
  ['average', ['average', 'typical', 'typically', 'mean', 'usual', 'usually', 'normal']],
  ['approximate', ['about', 'roughly', 'approximately', 'around', 'estimated']],
].map(([k, words]) => [k as string, (words as string[]).map(stem)]))

/** How much more a name counts than another word of the same rarity. */
const NAME_WEIGHT = 2

const unitStemCache = new Map<string, string[]>()
function unitStems(unit: string): string[] {
  let stems = unitStemCache.get(unit)
  if (!stems) {
    const u = unitNamed(unit)
    stems = u ? [...new Set([u.name, ...u.names].flatMap((n) => tokenize(n).map((t) => t.stem)))].filter((s) => s !== 'per') : []
    if (unitStemCache.size < 1000) unitStemCache.set(unit, stems)
  }
  return stems
}

/** The least a name in the figure's own clause counts, however far from the figure. */
const NAME_IN_CLAUSE = 0.6

/** How much a name counts near a figure that belongs to someone else. */
const OTHER_OWNER = 0.25
/** How much a word in the sentence before counts ("The Command Module … . The module … weighed 12,250 pounds"). */
const PREVIOUS_SHARE = 0.45


/** How much the person a sentence's pronoun stands for counts, against a name written beside the figure. */
const ABOUT_SHARE = 0.8

/** Weight of a synonym match and of a word-vector neighbour, relative to the word itself. */
const NEIGHBOUR_SHARE = 0.7

/**
 * A description's content words, each with its weight and the article stems that may stand for it.
 * `share` scales them (words every operand shares count less than each operand's own).
 */
export function readTerms(index: CorpusIndex, text: string, share = 1, ranking = true, names: ReadonlySet<string> = NO_NAMES): Term[] {
  const seen = new Set<string>()
  const terms: Term[] = []
  // A unit the reader capitalises ("degrees Celsius") is none, unless the article writes it as one ("Cam Newton").
  const isName = (word: string) => index.properNouns.has(word) || (names.has(word) && !unitNamed(word))
  const tokens = tokenize(text)
  for (const [k, token] of tokens.entries()) {
    if (!isContentWord(token.word) && !/^\d/.test(token.word) && !(token.word === 'i' && romanOne(tokens[k - 1]?.word, names))) continue
    if (ASKING.has(token.word) || (ranking && RANKING.has(token.word)) || seen.has(token.stem)) continue
    seen.add(token.stem)
    const alts = new Map<string, number>()
    for (const [s, w] of index.synonyms.get(token.stem) ?? []) alts.set(s, Math.max(alts.get(s) ?? 0, w))
    // Word vectors put "lowest" near "average": superlatives keep to their own words and synonyms.
    // Nor do names: "Carolina" is near "Denver" in meaning, and never the same team.
    if (!RANKING.has(token.word) && !index.properNouns.has(token.word) && !names.has(token.word)) for (const [s, w] of index.neighbours.get(token.stem) ?? []) alts.set(s, Math.max(alts.get(s) ?? 0, w * NEIGHBOUR_SHARE))
    terms.push({ word: token.word, stem: token.stem, weight: index.idf(token.stem) * share, alts, name: isName(token.word) })
  }
  return terms
}

const NO_NAMES: ReadonlySet<string> = new Set()

/**
 * Whether an "i" after this word is the numeral of "grade I", "World War I", "Henry I", not the pronoun
 * ("do you think I should"): after a word that labels a numbered thing, or a name the reader capitalises.
 */
function romanOne(previous: string | undefined, names: ReadonlySet<string>): boolean {
  return previous !== undefined && (ROMAN_LABELS.test(previous) || names.has(previous))
}
const ROMAN_LABELS = /^(?:grade|class|war|type|phase|part|act|block|stage|level|tier|division|category|book|chapter|volume|article|title|schedule|series|mark|model|league)$/

/**
 * The words a question writes as names: capitalised after its first word, and a number that
 * follows a capitalised word ("Super Bowl 50", "Apollo 12", "AS-201"), lower case.
 */
export function namesWritten(question: string): Set<string> {
  const out = new Set<string>()
  for (const m of question.matchAll(/(?<=\S\s+)(\p{Lu}[\p{L}'’-]*)(?:(?<=-)(\d+)|\s+(\d+))?/gu)) {
    // "I" is the reader, or the numeral of a name written before it ("World War I").
    if (m[1] === 'I') continue
    for (const t of tokenize(m[1])) out.add(t.word)
    if (m[2] ?? m[3]) out.add(m[2] ?? m[3])
  }
  return out
}

/** How much of a term a stem is: 1 for the word itself, a synonym's or neighbour's weight, else 0. */
function matchOf(term: Term, stem: string): number {
  return stem === term.stem ? 1 : (term.alts.get(stem) ?? 0)
}

const ownerStems = new Map<string, string[]>()
function stemsOfOwner(owner: string): string[] {
  let stems = ownerStems.get(owner)
  if (!stems) {
    stems = tokenize(owner).map((t) => t.stem)
    if (ownerStems.size < 10_000) ownerStems.set(owner, stems)
  }
  return stems
}

/**
 * How well a fact answers a description, from 0 to 1: each term counts by its weight times how close
 * to the figure it (or a word meaning the same) stands — beside the figure in its clause counts fully,
 * further away or in another clause less, elsewhere in the paragraph a little. The figure's owner
 * counts as standing beside it.
 *
 * @example scoreFact(index, fsaPay, readTerms(index, 'FSA pay')) // => 0.9…
 */
export function scoreFact(index: CorpusIndex, fact: Fact, terms: readonly Term[]): number {
  let total = 0
  let got = 0
  const positions = positionsIn(index, fact.sentenceId)
  const [a, b] = fact.tokens
  const [ca, cb] = fact.clause
  // A date sets the time of its whole clause ("And so in January 2016, he … deserted"): its reach is longer.
  const reach = fact.kind === 'date' || fact.kind === 'score' ? 15 : 6
  const previous = previousPositions(index, fact.sentenceId)
  const owner = fact.owner ? stemsOfOwner(fact.owner) : []
  const about = fact.about ? stemsOfOwner(fact.about) : []
  const hedge = HEDGE_WORDS.get(hedgeMeaning(fact.hedge)) ?? []
  // The unit's own names ("newtons" for "1000 N", "yards" for "yd") stand beside the figure.
  const unitWords = unitStems(fact.unit)
  const passage = index.passageStems(passageIdOf(fact.sentenceId))
  const { labels, lead } = labelsOtherFigure(index, fact)
  for (const term of terms) {
    // Names tell figures apart better than any other word: they count twice.
    const weight = term.name ? term.weight * NAME_WEIGHT : term.weight
    total += weight
    let best = 0
    let clauseHas = false
    let own = 0
    let others = 0
    for (const [s, m] of candidatesOf(term)) {
      for (const i of positions.get(s) ?? []) {
        // A word that labels another figure of the same kind says nothing of this one.
        if (labels(i)) {
          others++
          continue
        }
        own++
        // Words before a run of figures of one kind ("the schools taught 1,240 pupils in …, 860 pupils
        // in …") stand as near each of them as the first; a name there is the first one's ("Boston had
        // 560,000 inhabitants, Chicago had 1,700,000").
        const d = i < a ? Math.max(0, (term.name ? a : Math.min(a, lead)) - i) : i > b ? i - b : 0
        const inside = i >= ca && i <= cb
        if (inside) clauseHas = true
        const near = inside ? 1 / (1 + Math.max(0, d - 2) / reach) : 0.55 / (1 + d / 12)
        if (m * near > best) best = m * near
      }
    }
    // A name that is not the figure's owner most likely names the owner of another figure in the sentence
    // ("Denver was just 1-of-14 …, while Carolina was … 3-of-15").
    if (term.name && owner.length && !owner.some((s) => matchOf(term, s) > 0) && !clauseHas) best = Math.min(best, OTHER_OWNER)
    // A name that only labels other figures of its kind ("from $35,000 in South Dakota to $71,000 in
    // New York") is not this one's owner.
    const labelsOther = term.name && others > 0 && own === 0
    if (labelsOther) best = Math.min(best, OTHER_OWNER)
    // A name anywhere in the figure's own clause is its subject or its setting, however far it stands
    // ("Julia Butterfly Hill lived in Luna, a … tree for 738 days").
    else if (term.name && clauseHas) best = Math.max(best, NAME_IN_CLAUSE)
    if (!labelsOther) for (const s of owner) best = Math.max(best, matchOf(term, s))
    for (const s of about) best = Math.max(best, ABOUT_SHARE * matchOf(term, s))
    for (const s of hedge) best = Math.max(best, matchOf(term, s))
    for (const s of unitWords) best = Math.max(best, matchOf(term, s))
    if (best < PREVIOUS_SHARE) for (const [s, m] of candidatesOf(term)) if (previous.has(s)) best = Math.max(best, PREVIOUS_SHARE * m)
    if (best < 0.3) for (const [s, m] of candidatesOf(term)) if (passage.has(s)) best = Math.max(best, 0.3 * m)
    got += weight * best
  }
  return total > 0 ? got / total : 0
}

/**
 * Which of a sentence's words label another figure of the same kind and unit than this one: a word in
 * that figure's stretch of a list, not this one's ("5,792 students in the College, 3,468 students in
 * its four graduate divisions"; "from $35,000 in South Dakota to $71,000 in New York, with a national
 * median of $52,000"), or in a stretch both share, just after that figure and nearer it ("South
 * Dakota" is the $35,000's). A word before every such figure is their subject or setting, and labels
 * none; `lead` is where the first of them stands.
 */
function labelsOtherFigure(index: CorpusIndex, fact: Fact): Labelling {
  // The same for every question: kept per fact.
  let found = labelling.get(fact)
  if (!found) labelling.set(fact, (found = labellingOf(index, fact)))
  return found
}
interface Labelling { labels: (i: number) => boolean; lead: number }
const labelling = new WeakMap<Fact, Labelling>()

function labellingOf(index: CorpusIndex, fact: Fact): Labelling {
  const siblings = (index.factsBySentence.get(fact.sentenceId) ?? []).filter((f) => f.id !== fact.id)
  // A name inside the own words of a figure in another stretch of a list ("62 living billionaires, 335
  // Rhodes Scholars") is that figure's, whatever its kind ("3,468 students in its four graduate
  // divisions" keeps its divisions: they stand in its own stretch).
  const stretches = stretchesOf(index, fact.sentenceId)
  const inside = siblings.filter((f) => f.tokens[1] > f.tokens[0] && (f.tokens[1] < fact.tokens[0] || f.tokens[0] > fact.tokens[1]) && stretches[f.tokens[0]] !== stretches[fact.tokens[0]])
  const text = inside.length ? index.sentences.get(fact.sentenceId)?.text ?? '' : ''
  const tokens = tokenize(text)
  // Only names ("Rhodes Scholars"): a common noun there may be this figure's too ("a total population of 52,000, 39,000 inhabitants").
  const insideOther = (i: number) => /^\p{Lu}/u.test(text.slice(tokens[i]?.start ?? 0)) && inside.some((f) => i > f.tokens[0] && i <= f.tokens[1])
  const others = siblings.filter((f) => f.kind === fact.kind && f.unit === fact.unit)
  if (!others.length) return { labels: inside.length ? insideOther : NONE, lead: fact.tokens[0] }
  const first = Math.min(fact.tokens[0], ...others.map((f) => f.tokens[0]))
  const distance = (f: Fact, i: number) => (i < f.tokens[0] ? f.tokens[0] - i : i > f.tokens[1] ? i - f.tokens[1] : 0)
  const own = stretches[fact.tokens[0]]
  // A word among another figure's own words ("1 million contractors (200,000 general contractors …") is that one's.
  const withinOther = (i: number) => others.some((f) => i > f.tokens[0] && i <= f.tokens[1])
  return { labels: (i) => insideOther(i) || withinOther(i) || (i > first && others.some((f) => stretches[i] === stretches[f.tokens[0]] && (stretches[i] !== own || (f.tokens[1] < i && distance(f, i) < distance(fact, i))))), lead: first }
}
const NONE = () => false

/** Each token's stretch of its sentence: the stretches are parted by commas, semicolons, dashes and "and" or "or". */
const sentenceStretches = new WeakMap<CorpusIndex, Map<string, number[]>>()
function stretchesOf(index: CorpusIndex, sentenceId: string): number[] {
  let cache = sentenceStretches.get(index)
  if (!cache) sentenceStretches.set(index, (cache = new Map()))
  let out = cache.get(sentenceId)
  if (!out) {
    const text = index.sentences.get(sentenceId)?.text ?? ''
    const tokens = tokenize(text)
    out = []
    let at = 0
    for (let k = 0; k < tokens.length; k++) {
      if (k > 0 && (/[,;:—–]/.test(text.slice(tokens[k - 1].end, tokens[k].start)) || tokens[k].word === 'and' || tokens[k].word === 'or')) at++
      out.push(at)
    }
    cache.set(sentenceId, out)
  }
  return out
}

/** A term's own stem and the stems that may stand for it, with how much each counts. */
function candidatesOf(term: Term): [string, number][] {
  let list = candidateCache.get(term)
  if (!list) candidateCache.set(term, (list = [[term.stem, 1], ...[...term.alts].filter(([s]) => s !== term.stem)]))
  return list
}
const candidateCache = new WeakMap<Term, [string, number][]>()

/** Where each stem stands in a sentence (token positions), kept per corpus. */
const sentencePositions = new WeakMap<CorpusIndex, Map<string, Map<string, number[]>>>()
function positionsIn(index: CorpusIndex, sentenceId: string): Map<string, number[]> {
  let cache = sentencePositions.get(index)
  if (!cache) sentencePositions.set(index, (cache = new Map()))
  let map = cache.get(sentenceId)
  if (!map) {
    map = new Map()
    index.stemsOf(sentenceId).forEach((s, i) => (map as Map<string, number[]>).set(s, [...((map as Map<string, number[]>).get(s) ?? []), i]))
    cache.set(sentenceId, map)
  }
  return map
}

/** The stems of the sentence before in the same paragraph, as a set. */
function previousPositions(index: CorpusIndex, sentenceId: string): ReadonlyMap<string, number[]> {
  const at = index.position.get(sentenceId)
  const before = at === undefined || at === 0 ? undefined : index.order[at - 1]
  return before && passageIdOf(before) === passageIdOf(sentenceId) ? positionsIn(index, before) : EMPTY
}
const EMPTY: ReadonlyMap<string, number[]> = new Map()

/**
 * Whether every name a description uses stands in the figure's paragraph, its owner or the sentence
 * before: a figure about "the Eastern Roman Empire" does not answer a question about "the Ottoman empire".
 */
export function namesCovered(index: CorpusIndex, fact: Fact, terms: readonly Term[]): boolean {
  const covered = (t: Term) => /^\d/.test(t.word) || namesSubject(index, fact, t) || inPassage(index, fact, t) || [fact.owner, fact.about].some((o) => o !== undefined && stemsOfOwner(o).some((s) => matchOf(t, s) > 0)) || candidatesOf(t).some(([s]) => previousPositions(index, fact.sentenceId).has(s))
  const borrowed = terms.filter((t) => t.name && t.borrowed)
  return terms.every((t) => !t.name || t.borrowed || covered(t)) && (borrowed.length === 0 || borrowed.some(covered))
}


/**
 * Whether a name is the article's subject, by its title or a short form of it ("UChicago" for "University
 * of Chicago"): every paragraph speaks of it, named or not ("…enrolled 3,468 students in its four graduate divisions").
 */
function namesSubject(index: CorpusIndex, fact: Fact, term: Term): boolean {
  const doc = index.documentOf(fact.sentenceId)
  let stems = subjectStems.get(doc)
  if (!stems) subjectStems.set(doc, (stems = new Set(tokenize(doc.meta.title).filter((t) => isContentWord(t.word)).map((t) => t.stem))))
  for (const s of stems) if (term.stem === s || (s.length >= SHORT_FORM_ROOT && term.stem.includes(s))) return true
  return false
}
const subjectStems = new WeakMap<ParsedDocument, ReadonlySet<string>>()
/** The shortest title word a short form must hold whole ("chicago" in "uchicago"). */
const SHORT_FORM_ROOT = 5

/** Whether a term stands anywhere in the fact's paragraph (or is its owner). */
export function inPassage(index: CorpusIndex, fact: Fact, term: Term): boolean {
  const passage = index.passageStems(passageIdOf(fact.sentenceId))
  if (passage.has(term.stem)) return true
  for (const s of term.alts.keys()) if (term.alts.get(s) as number >= 0.5 && passage.has(s)) return true
  return false
}

/**
 * The facts that best answer a description, best first, among those a filter accepts.
 *
 * @example rankFacts(index, readTerms(index, 'Levi\'s Stadium cost'), (f) => f.kind === 'money')[0].fact.text // => '$1.2 billion'
 */
export function rankFacts(index: CorpusIndex, terms: readonly Term[], accept: (fact: Fact) => boolean, limit = 12): { fact: Fact; score: number }[] {
  const out: { fact: Fact; score: number }[] = []
  for (const fact of index.artifact.facts) {
    if (!accept(fact)) continue
    out.push({ fact, score: scoreFact(index, fact, terms) })
  }
  // Ties go to the figure read first, as a reader meets it.
  return out.sort((x, y) => y.score - x.score).slice(0, limit)
}
