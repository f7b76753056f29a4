import MiniSearch from 'minisearch'
import { findPeople } from '../ingest/people'
import { type Entity, findEntities } from './entities'
import { extractFacts } from '../rules/extract-facts'
import type { ParsedDocument, Passage } from '../ingest/types'
import { type CorpusArtifact, type IndexedSentence, INDEX_OPTIONS } from './corpus-index'
import { buildSynonymTable, CURATED_WEIGHT, WORDNET_WEIGHT } from './synonyms'
import { indexTerms, tokenize } from './tokenize'

/** Words describing a caption passage, so "who took the photo" reaches its credit line. */
const CAPTION_ABOUT = 'photo photograph picture image caption credit photographer took taken shot'

/**
 * Builds the artifact the worker loads: every sentence indexed with its implied mentions, the
 * synonym table restricted to the corpus vocabulary, and word frequencies for informativeness.
 */
export function buildArtifact(
  documents: ParsedDocument[],
  synonymGroups: { curated: string[][]; wordnet: string[][] },
  entities: Entity[],
): CorpusArtifact {
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

  const sentenceFrequency: Record<string, number> = {}
  for (const unit of analysed) {
    for (const stem of new Set(`${unit.text} ${unit.about}`.split(' ').filter(Boolean))) sentenceFrequency[stem] = (sentenceFrequency[stem] ?? 0) + 1
  }
  const vocabulary = new Set(Object.keys(sentenceFrequency))
  const articleWords = new Map<string, Set<string>>()
  for (const unit of units) {
    for (const token of tokenize(unit.text)) articleWords.set(token.stem, (articleWords.get(token.stem) ?? new Set()).add(token.word))
  }
  const synonyms = buildSynonymTable(vocabulary, [
    ...synonymGroups.wordnet.map((words) => ({ words, weight: WORDNET_WEIGHT, strict: true })),
    ...synonymGroups.curated.map((words) => ({ words, weight: CURATED_WEIGHT })),
  ], articleWords)
  const facts = documents.flatMap((d) => extractFacts(d, entities))
  return { version: 1, documents, people, properNouns: properNouns(units.map((u) => u.text)), synonyms, sentenceFrequency, sentenceCount: units.length, index: search.toJSON(), entities, facts }
}

/**
 * A passage's sentences as index units, each carrying the person a pronoun in it refers to. A
 * paragraph that opens with "he" ("And so in January 2016, he pretended…") continues the person the
 * previous paragraph ended on.
 */
function indexedSentences(passage: Passage, people: string[], carried: string): IndexedSentence[] {
  const opensWithPronoun = /^(?:\S+\s+){0,7}?(?:he|she)\b/i.test(passage.sentences[0]?.text ?? '') && !/^(?:One|Another|A|An)\b/.test(passage.sentences[0]?.text ?? '')
  let lastPerson = opensWithPronoun ? carried : ''
  return passage.sentences.map((sentence) => {
    const named = people.filter((p) => sentence.text.includes(p))
    const usesPronoun = /\b(he|him|his|she|her)\b/i.test(sentence.text)
    const mentions = named.length === 0 && usesPronoun ? lastPerson : ''
    if (named.length) lastPerson = named.at(-1) as string
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
  const names = new Set<string>()
  for (const mention of findEntities(text, entities)) {
    if (!/\s/.test(text.slice(mention.start, mention.end))) continue
    const short = entities.find((e) => e.id === mention.id)?.aliases.find((a) => /^[a-z]+$/.test(a))
    if (short) names.add(short)
  }
  return [...names].join(' ')
}

/**
 * Words the article writes capitalised in mid-sentence more often than not (Ammar, Raqqa, Syria):
 * its proper nouns, so a question typed in lower case ("who is khaled") is still read as naming one.
 */
function properNouns(sentences: string[]): string[] {
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
  return [...counts].filter(([word, c]) => c.upper > c.lower && word.length > 2).map(([word]) => word).sort()
}
