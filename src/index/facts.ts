import { ROUGH_DATE } from '../ingest/quantities/dates'
import { findQuantities } from '../ingest/quantities/read-quantities'
import type { Quantity } from '../ingest/quantities/types'
import type { ParsedDocument, Sentence } from '../ingest/types'
import { type Entity, findEntities } from './entities'
import { tokenize } from './tokenize'

/**
 * A figure the article states, as the answering stage computes with it: the quantity read from its
 * sentence, where it stands (document offsets for citing, token positions for matching a question's
 * words by their distance from it), the clause it belongs to and the name it belongs to.
 */
export interface Fact extends Omit<Quantity, 'start' | 'end'> {
  /** `doc:p8.s3#2`: the second figure of that sentence. */
  id: string
  sentenceId: string
  /** The figure as written ("$1,200", "two or three times"). */
  text: string
  /** Offsets of the figure's words in the document text. */
  start: number
  end: number
  /** First and last token (of `tokenize(sentence)`) the figure spans. */
  tokens: [number, number]
  /** First and last token of the clause it stands in. */
  clause: [number, number]
  /**
   * Whom the figure belongs to, read from its sentence: the name nearest before it in its clause, else
   * the name a pronoun at the sentence's start stands for. Never a default: absent when the sentence
   * names no one.
   */
  owner?: string
  /** Whom the sentence's pronouns stand for ("He turned to ISIS…" → Ammar), when it names no one itself. */
  about?: string
}

/** The kind of thing each token of a sentence is (see annotate.ts): P person, L place, O organisation, C other name. */
export type TokenClasses = ReadonlyMap<string, string>

const NAME_CLASSES = /[PLOC]/
/**
 * Where a clause ends: a semicolon, a colon, an em dash, an editor's note after a full stop (the
 * sentence splitter keeps "… Act of 1978.[citation needed] On November 28, 1995, …" together), or a
 * conjunction after a comma. Brackets and
 * en dashes do not end one: what they hold explains the figure beside them ("138 metres (452.8 ft) –
 * the highest point of Warsaw").
 */
const CLAUSE_BREAK = /;|:|—|[.!?]\[[^\]]{1,40}\]\s|,\s(?:while|whereas|but|although|though|however|which|who|and|whilst|compared)\b/g
/** Where a stretch of a list ends: a comma, a bracket, a dash, or "and", "or", "while". */
const STRETCH_BREAK = /[,;:()—]|\s–\s|\s(?:and|or|while|whereas|but)\s/g
const PRONOUN_START = /^(?:\S+\s+){0,3}?(?:it|he|she|they|its|his|her|their|this|these)\b/i

/**
 * Reads every figure of a document's paragraphs and captions into facts: the quantity, its evidence,
 * its clause, and its owner (a name from entities.json when the sentence uses one, else a proper noun
 * the tagger found). A day and month without a year take the year of the last full date before them
 * in the passage ("on April 16" after "April 5, 1754"); a month alone with no year in its passage is
 * the last such month before the document's date.
 */
export function readFacts(doc: ParsedDocument, classes: TokenClasses, entities: readonly Entity[], referents: ReadonlyMap<string, string> = new Map()): Fact[] {
  const facts: Fact[] = []
  for (const passage of doc.passages) {
    let lastYear: number | undefined
    let previous: Sentence | undefined
    // The years each sentence writes out, in order, for a relative year in it or the next one to count from.
    let previousYears: (number | undefined)[] = []
    for (const sentence of passage.sentences) {
      const tokens = tokenize(sentence.text)
      const names = namesIn(sentence.text, tokens, classes.get(sentence.id) ?? '', entities)
      const clauses = clausesOf(sentence.text)
      const years: (number | undefined)[] = []
      const quantities = findQuantities(sentence.text)
      quantities.forEach((q, i) => {
        if (q.shift !== undefined) {
          // "the following year" counts from the year written before it in its sentence, else in the one
          // before; when those give several years (or a decade, a century), it is no date.
          const anchors = new Set(years.length ? years : previousYears)
          const [anchor] = anchors
          if (anchors.size !== 1 || anchor === undefined) return
          q = { ...q, value: anchor + q.shift, date: { year: anchor + q.shift } }
        } else if (q.date) {
          if (q.date.year === undefined) q = withYear(q, lastYear, doc.meta.date)
          else lastYear = q.date.year
          // A span of years ends at its last ("from 1939 to 1945 … the following year" is 1946).
          years.push(ROUGH_DATE.test(sentence.text.slice(q.start, q.end)) ? undefined : q.dateHigh?.year ?? q.date?.year)
        }
        const first = tokens.findIndex((t) => t.end > q.start)
        const lastIndex = tokens.findLastIndex((t) => t.start < q.end)
        const at: [number, number] = [Math.max(0, first), Math.max(first, lastIndex)]
        const clause = clauses.find((c) => c.start <= q.start && q.start < c.end) ?? { start: 0, end: sentence.text.length }
        const clauseTokens: [number, number] = [Math.max(0, tokens.findIndex((t) => t.start >= clause.start)), Math.max(0, tokens.findLastIndex((t) => t.end <= clause.end))]
        const { start, end, ...rest } = q
        facts.push({
          ...rest,
          id: `${sentence.id}#${i + 1}`,
          sentenceId: sentence.id,
          text: sentence.text.slice(start, end),
          start: sentence.start + start,
          end: sentence.start + end,
          tokens: at,
          clause: clauseTokens,
          // A score belongs to both sides of the game it ends.
          // A name inside another figure's own words ("242 Marshall Scholars") is that figure's, never this one's.
          owner: q.kind === 'score' ? undefined : ownerOf(names.filter((n) => !quantities.some((o) => o !== q && o.kind === 'count' && n.start > o.start && n.end <= o.end)), clause, start, end, sentence.text, previous, classes, entities, q.kind === 'count'),
          about: referents.get(sentence.id) || undefined,
        })
      })
      previous = sentence
      previousYears = years
    }
  }
  return facts
}

/** A date written without its year, given the year the passage or the document's date implies. */
function withYear(q: Quantity, passageYear: number | undefined, published: string | undefined): Quantity {
  const month = q.date?.month
  let year = passageYear
  if (year === undefined && month !== undefined && published && /^\d{4}-\d{2}/.test(published)) {
    const [y, m] = published.split('-').map(Number)
    year = month <= m ? y : y - 1
  }
  return year === undefined ? q : { ...q, value: year, date: { ...q.date, year } }
}

interface Name {
  text: string
  start: number
  end: number
  /** A place is a weaker owner than a person or a group ("Tarek … from Deir Ezzor, estimated that 60 percent…"). */
  place?: boolean
}

/** The names a sentence uses: entity aliases first (they know "Syrian army" is one name), then runs of proper-noun tokens. */
function namesIn(text: string, tokens: { start: number; end: number; word: string }[], classes: string, entities: readonly Entity[]): Name[] {
  const names: Name[] = entities.length ? findEntities(text, entities).map((m) => ({ text: entities.find((e) => e.id === m.id)?.name ?? text.slice(m.start, m.end), start: m.start, end: m.end })) : []
  let run: { start: number; end: number; place: boolean } | undefined
  const flush = () => {
    if (run && !names.some((n) => n.start < (run as Name).end && (run as Name).start < n.end)) names.push({ text: text.slice(run.start, run.end), ...run })
    run = undefined
  }
  tokens.forEach((t, i) => {
    const isName = NAME_CLASSES.test(classes[i] ?? '-') && /^[A-ZÀ-Þ]/.test(text.slice(t.start, t.end).replace(/^[^A-Za-zÀ-ÿ]+/, '')) || (run && /^(?:al|of|de|von|van|der|la|le|du|bin|ibn)$/.test(t.word) && NAME_CLASSES.test(classes[i + 1] ?? '-'))
    if (isName && !/^(?:\d+|the|a|an|in|on|by|but|and|as|for|according|although|however|first|second|third|finally|some|one|another)$/i.test(t.word)) run = run ? { start: run.start, end: t.end, place: run.place && classes[i] === 'L' } : { start: t.start, end: t.end, place: classes[i] === 'L' }
    else flush()
  })
  flush()
  return names.sort((a, b) => a.start - b.start)
}

/** The clauses of a sentence, as offset ranges (a semicolon, a colon, a dash or brackets, or a conjunction after a comma ends one). */
export function clausesOf(text: string): { start: number; end: number }[] {
  const cuts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index), text.length]
  return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }))
}

/**
 * Whom a figure belongs to: a name just after it by a preposition ("$35,000 in South Dakota"); in a
 * stretch of a list that names no one before its figure, the name after it in that stretch; else the
 * name nearest before it in its clause; else the first name after it
 * in the clause; else, in a sentence that opens with a pronoun ("It covers the area of 43 ha"), the
 * first name of the sentence before. Nothing when none of these names anyone.
 */
function ownerOf(names: Name[], clause: { start: number; end: number }, start: number, end: number, text: string, previous: Sentence | undefined, classes: TokenClasses, entities: readonly Entity[], counts = false): string | undefined {
  // "$35,000 in South Dakota to $71,000 in New York": a name right after a figure, by a preposition, is its own.
  const right = names.find((n) => n.start >= end && /^\s*(?:in|for|at|of|by)\s+(?:the\s+)?$/.test(text.slice(end, n.start)))
  if (right) return right.text
  // "335 Rhodes Scholars, and 242 Marshall Scholars": a name a count's own words hold is what it counts
  // (not a unit's symbol: "1.5 Mbit/s").
  const own = counts ? names.find((n) => n.start > start && n.end <= end) : undefined
  if (own) return own.text
  // "512-bit primes are used for RSA and 1024-bit primes for Diffie–Hellman": in a stretch of a list
  // that names no one before its figure, the name after it in that stretch is its own.
  const from = Math.max(clause.start, ...[...text.slice(0, start).matchAll(STRETCH_BREAK)].map((m) => m.index + m[0].length))
  const next = text.slice(end).search(STRETCH_BREAK)
  const to = next < 0 ? clause.end : Math.min(clause.end, end + next)
  if (!names.some((n) => n.start >= from && n.end <= start && !n.place)) {
    const after = names.find((n) => n.start >= end && n.end <= to && !n.place)
    if (after) return after.text
  }
  const inClause = names.filter((n) => n.start >= clause.start && n.end <= clause.end && (n.end <= start || n.start >= end))
  const before = inClause.filter((n) => n.end <= start)
  const owner = before.filter((n) => !n.place).at(-1) ?? before.at(-1)
  if (owner) return owner.text
  const sentenceBefore = names.filter((n) => n.end <= start && !n.place).at(-1) ?? names.filter((n) => n.end <= start).at(-1)
  if (sentenceBefore && !PRONOUN_START.test(text.slice(clause.start).trim())) return sentenceBefore.text
  if (previous && PRONOUN_START.test(text)) {
    const subject = namesIn(previous.text, tokenize(previous.text), classes.get(previous.id) ?? '', entities)[0]
    if (subject) return subject.text
  }
  return inClause.find((n) => n.start >= end)?.text
}
