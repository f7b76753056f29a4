import nlp from 'compromise'
import MiniSearch from 'minisearch'
import { findPeople } from '../ingest/people'
import { definiteReferent } from '../ingest/referents'
import type { ParsedDocument, Passage } from '../ingest/types'
import { acronymTable } from './acronyms'
import { annotateDocument } from './annotate'
import { sentenceCentrality } from './centrality'
import { type CorpusArtifact, type IndexedSentence, INDEX_OPTIONS } from './corpus-index'
import { type Entity, findEntities } from './entities'
import { lookalikeTable } from './lookalikes'
import { readFacts } from './facts'
import { type FormulaSource, resolveFormula } from './formulas'
import { type RankerModel, UNTRAINED_MODEL } from './ranker-model'
import { buildSynonymTable, compare, CURATED_WEIGHT, WORDNET_WEIGHT } from './synonyms'
import { indexTerms, isContentWord, stem, tokenize } from './tokenize'

/** Words describing a caption passage, so "who took the photo" reaches its credit line. */
const CAPTION_ABOUT = 'photo photograph picture image caption credit photographer took taken shot'

/** What the build bridges readers' words with, besides the article itself. */
export interface BuildTables {
  /** WordNet's synonym groups (scripts/wordnet.ts). */
  wordnet: string[][]
  /** Stems of English words (WordNet's lemmas): a capitalised word at a sentence's start that is none of them is a name. */
  english?: ReadonlySet<string>
  /** The optional corpus/synonyms.json groups. */
  curated?: string[][]
  /** The optional corpus/entities.json groups: the names readers use for the groups an article speaks of. */
  entities?: Entity[]
  /** WordNet's antonym pairs ("allow"/"disallow", "stronger"/"weaker"), for telling a yes from a no. */
  antonyms?: [string, string][]
  /** The optional corpus/formulas.json: how the article's own tables combine its figures. */
  formulas?: FormulaSource[]
  /** Reader's word → nearby words by meaning, with their cosine similarity (data/word-neighbours). */
  neighbours?: ReadonlyMap<string, [word: string, similarity: number][]>
  /** The fitted answer model (data/ranker.json); without it answers follow BM25 alone. */
  model?: RankerModel
}

/**
 * Builds the artifact the worker loads: every sentence indexed with its implied mentions and its
 * tokens' classes, the synonym table restricted to the corpus vocabulary, and word frequencies for
 * informativeness.
 */
export function buildArtifact(documents: ParsedDocument[], tables: BuildTables): CorpusArtifact {
  // A table written for one article is not applied to another dropped into the corpus in its place.
  const present = (document?: string) => !document || documents.some((d) => d.meta.id === document)
  const entities = (tables.entities ?? []).filter((e) => present(e.document))
  const people = [...new Set(documents.flatMap((d) => findPeople(d.text)))]
  const units = documents.flatMap((d) => {
    let carried = ''
    return d.passages.flatMap((p) => {
      const sentences = indexedSentences(p, people, carried).map((u) => ({ ...u, mentions: `${u.mentions} ${shortNames(u.text, entities)}`.trim() }))
      carried = lastPersonIn(p, people) ?? (p.kind === 'paragraph' ? '' : carried)
      return sentences
    })
  })
  const analysed = units.map((u) => ({ id: u.id, text: indexTerms(u.text).join(' '), mentions: indexTerms(u.mentions).join(' '), about: indexTerms(u.about).join(' ') }))

  const search = new MiniSearch<IndexedSentence>(INDEX_OPTIONS)
  search.addAll(analysed)

  const frequency = new Map<string, number>()
  for (const unit of analysed) {
    for (const stem of new Set(`${unit.text} ${unit.about}`.split(' ').filter(Boolean))) frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
  }
  const vocabulary = new Set(frequency.keys())
  const articleWords = new Map<string, Set<string>>()
  for (const unit of units) {
    for (const token of tokenize(unit.text)) articleWords.set(token.stem, (articleWords.get(token.stem) ?? new Set()).add(token.word))
  }
  const synonyms = buildSynonymTable(vocabulary, [
    ...tables.wordnet.map((words) => ({ words, weight: WORDNET_WEIGHT, strict: true })),
    ...(tables.curated ?? []).map((words) => ({ words, weight: CURATED_WEIGHT })),
  ], articleWords)
  const wordList = tables.neighbours ?? new Map<string, [string, number][]>()
  const neighbours = neighbourTable(wordList, vocabulary)
  const lookalikes = lookalikeTable(wordList.keys(), vocabulary, (s) => vocabulary.has(s) || synonyms.has(s) || neighbours.has(s))
  const annotations = documents.map((d) => annotateDocument(d))
  const implied = new Map(analysed.map((u) => [u.id, u.mentions]))
  const sentenceTokens = documents.flatMap((d, i) => d.passages.flatMap((p) => p.sentences.map((s): [string, string, string, string?] => {
    const a = annotations[i].get(s.id)
    const row: [string, string, string, string?] = [s.id, a?.stems ?? '', a?.classes ?? '']
    const also = implied.get(s.id)
    if (also) row.push(also)
    return row
  })))
  const contentStems = new Map(units.map((u, i) => [u.id, analysed[i].text.split(' ').filter(Boolean)]))
  const centrality = documents.flatMap((d) => [...sentenceCentrality(d, contentStems)]).map(([id, c]): [string, number, number] => [id, c.document, c.part])
  const referents = new Map(units.map((u) => [u.id, u.mentions]))
  const facts = documents.flatMap((d, i) => readFacts(d, new Map([...annotations[i]].map(([id, a]) => [id, a.classes])), entities, referents))
  const sentenceText = (id: string) => documents.flatMap((d) => d.passages).find((p) => id.startsWith(`${p.id}.`))?.sentences.find((s) => s.id === id)
  const formulas = (tables.formulas ?? []).filter((f) => present(f.document)).map((f) => resolveFormula(f, facts, sentenceText))
  return {
    version: 2,
    documents,
    people,
    properNouns: properNouns(units.map((u) => u.text), namedAtStart(documents, tables.english), tables.english),
    synonyms: [...synonyms],
    neighbours: [...neighbours],
    lookalikes,
    antonyms: antonymTable(tables.antonyms ?? [], vocabulary),
    acronyms: acronymTable(units.map((u) => u.text), people),
    sentenceFrequency: [...frequency],
    sentenceCount: units.length,
    sentenceTokens,
    centrality,
    index: search.toJSON(),
    entities,
    facts,
    formulas,
    model: tables.model ?? UNTRAINED_MODEL,
  }
}

/** A neighbour at least this similar bridges a reader's word to the article's (set by hand; a table with more neighbours per word did not help in cross-validation). */
export const MIN_NEIGHBOUR_SIMILARITY = 0.6
/** At most this many article words per reader's word. */
const MAX_NEIGHBOURS = 4

/**
 * Reader's stem → the article's stems closest in meaning, from the word-neighbour table: only pairs
 * that end in the article's vocabulary are kept, which keeps what the worker ships small.
 */
export function neighbourTable(neighbours: ReadonlyMap<string, [string, number][]>, vocabulary: ReadonlySet<string>): Map<string, [string, number][]> {
  const table = new Map<string, Map<string, number>>()
  for (const [word, list] of neighbours) {
    const from = stem(word)
    for (const [other, similarity] of list) {
      if (similarity < MIN_NEIGHBOUR_SIMILARITY) break
      const to = stem(other)
      if (to === from || !vocabulary.has(to)) continue
      const targets = table.get(from) ?? new Map<string, number>()
      targets.set(to, Math.max(targets.get(to) ?? 0, Math.round(similarity * 100) / 100))
      table.set(from, targets)
    }
  }
  const out = new Map<string, [string, number][]>()
  for (const [from, targets] of [...table].sort(([a], [b]) => compare(a, b))) {
    out.set(from, [...targets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_NEIGHBOURS))
  }
  return out
}

/** Reader's stem → the article's stems that mean its opposite (only pairs that end in the article's vocabulary). */
function antonymTable(pairs: readonly [string, string][], vocabulary: ReadonlySet<string>): [string, string[]][] {
  const table = new Map<string, Set<string>>()
  for (const [a, b] of pairs) {
    for (const [from, to] of [[stem(a), stem(b)], [stem(b), stem(a)]]) {
      if (from === to || !vocabulary.has(to)) continue
      table.set(from, (table.get(from) ?? new Set()).add(to))
    }
  }
  return [...table].sort(([a], [b]) => compare(a, b)).map(([from, to]) => [from, [...to].sort()])
}

/** A sentence that opens on someone unnamed and new: "One ISIS deserter…", "Another fighter…", "A former official…". */
const INTRODUCES_SOMEONE = /^(?:One|Another|A|An)\b/
/** …who speaks in it: "One ISIS deserter from Deir Ezzor explained that he…" (not "A year later, she moved…"). */
const SOMEONE_NEW_SPEAKS = /^(?:One|Another|A|An)\s+(?:[\p{L}’'-]+,?\s+){1,7}?(?:who|whose|said|says|told|tells|explained|explains|added|adds|recalled|recalls|described|describes|estimated|estimates)\b/u

/**
 * A passage's sentences as index units, each carrying the person a pronoun in it refers to. A
 * paragraph that opens with "he" ("And so in January 2016, he pretended…") continues the person the
 * previous paragraph ended on.
 */
function indexedSentences(passage: Passage, people: string[], carried: string): IndexedSentence[] {
  const opensWithPronoun = /^(?:\S+\s+){0,7}?(?:he|she)\b/i.test(passage.sentences[0]?.text ?? '') && !INTRODUCES_SOMEONE.test(passage.sentences[0]?.text ?? '')
  let lastPerson = opensWithPronoun ? carried : ''
  return passage.sentences.map((sentence, i) => {
    const named = people.filter((p) => sentence.text.includes(p))
    // "One ISIS deserter … said that he joined": the pronoun is someone new, and so are the next sentence's.
    if (named.length === 0 && SOMEONE_NEW_SPEAKS.test(sentence.text)) lastPerson = ''
    const usesPronoun = /\b(he|him|his|she|her)\b/i.test(sentence.text)
    const person = named.length === 0 && usesPronoun ? lastPerson : ''
    if (named.length) lastPerson = named.at(-1) as string
    // "The module weighed 12,250 pounds" after "The Command Module …": the sentence is about the Command Module.
    const thing = definiteReferent(sentence.text, passage.sentences.slice(0, i).map((s) => s.text))
    const mentions = [person, thing].filter(Boolean).join(' ')
    return { id: sentence.id, text: sentence.text, mentions, about: passage.kind === 'caption' ? CAPTION_ABOUT : '' }
  })
}

/** The last person a passage names, if any. */
function lastPersonIn(passage: Passage, people: string[]): string | undefined {
  let best: { at: number; name: string } | undefined
  for (const name of people) {
    const at = passage.text.lastIndexOf(name)
    if (at >= 0 && (!best || at > best.at)) best = { at, name }
  }
  return best?.name
}

/**
 * The one-word names ("FSA", "ISIS") of the entities a sentence names in several words ("the Free
 * Syrian Army"), so a question folded to the short name finds the sentence too.
 */
function shortNames(text: string, entities: Entity[]): string {
  if (entities.length === 0) return ''
  const names = new Set<string>()
  for (const mention of findEntities(text, entities)) {
    if (!/\s/.test(text.slice(mention.start, mention.end))) continue
    const short = entities.find((e) => e.id === mention.id)?.aliases.find((a) => /^[a-z]+$/.test(a))
    if (short) names.add(short)
  }
  return [...names].join(' ')
}

/** Compromise's tags for words that open a sentence and are no name ("Although", "Whereas"). */
const FUNCTION_WORD = '(#Conjunction|#Preposition|#Adverb|#Determiner|#Pronoun)'

/**
 * Words that open a sentence and are no English word ("Tarek, a former ISIS fighter from Deir Ezzor,
 * …"): a name the article never writes mid-sentence is still its name. English words are WordNet's
 * lemmas (by stem), stop words and function words ("Although").
 */
function namedAtStart(documents: readonly ParsedDocument[], english: ReadonlySet<string> | undefined): Set<string> {
  const named = new Set<string>()
  if (!english) return named
  for (const s of documents.flatMap((d) => d.passages.flatMap((p) => p.sentences))) {
    const first = tokenize(s.text)[0]
    if (first && /^[A-Z][a-z]+$/.test(s.text.slice(first.start, first.end)) && isContentWord(first.word) && !english.has(first.stem) && !nlp(first.word).has(FUNCTION_WORD)) named.add(first.word)
  }
  return named
}

/**
 * Words the article writes capitalised mid-sentence more often than not (Ammar, Raqqa, Syria), and
 * those it names at a sentence's start: its proper nouns, so a question typed in lower case ("who is
 * khaled") is still read as naming one. An English word the article also
 * writes in lower case is not one ("the Low Countries" and "the two countries").
 */
function properNouns(sentences: string[], namedAtStart: ReadonlySet<string>, english: ReadonlySet<string> | undefined): string[] {
  const counts = new Map<string, { upper: number; lower: number }>()
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/(?<=[a-z,;:(] )([A-Za-z][a-z]+)\b/g)) {
      const word = m[1].toLowerCase()
      const c = counts.get(word) ?? { upper: 0, lower: 0 }
      if (/^[A-Z]/.test(m[1])) c.upper++
      else c.lower++
      counts.set(word, c)
    }
  }
  for (const word of namedAtStart) if (!counts.has(word)) counts.set(word, { upper: 1, lower: 0 })
  return [...counts].filter(([word, c]) => c.upper > c.lower && word.length > 2 && !(c.lower > 0 && english?.has(stem(word)))).map(([word]) => word).sort()
}
