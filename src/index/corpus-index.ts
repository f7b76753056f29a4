import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { ParsedDocument, Passage, Quotation, Sentence } from '../ingest/types'
import type { Entity } from './entities'
import type { Fact } from '../rules/facts'
import type { SynonymTable } from './synonyms'
import { indexTerms } from './tokenize'

/** What one indexed unit (a sentence) holds for search: its words and the words it implies. */
export interface IndexedSentence {
  id: string
  text: string
  /** People the sentence speaks of without naming them ("He turned to ISIS…" → "Ammar"). */
  mentions: string
  /** What kind of passage it comes from, in words ("photo caption credit") so readers' words reach it. */
  about: string
}

/** The prebuilt corpus: made by `npm run build`, loaded by the worker at start-up. */
export interface CorpusArtifact {
  version: 1
  documents: ParsedDocument[]
  people: string[]
  /** Lower-case words the article writes as proper nouns. */
  properNouns: string[]
  synonyms: SynonymTable
  /** Document frequency of every stem over sentences: how rare (informative) a word is. */
  sentenceFrequency: Record<string, number>
  sentenceCount: number
  index: AsPlainObject
  /** The groups figures belong to, with their aliases (corpus/entities.json). */
  entities: Entity[]
  /** Every figure in the corpus with its entity, measure and evidence. */
  facts: Fact[]
}

/**
 * MiniSearch's options, shared by the build (which indexes) and the worker (which loads and queries).
 * Text arrives already analysed: `tokenize` and `processTerm` are the identity on prepared terms, so
 * there is exactly one tokenizer (`indexTerms`) and it runs at build time for the corpus and once per
 * query for the question.
 */
export const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'mentions', 'about'],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term || null,
  searchOptions: { boost: { text: 1, mentions: 0.6, about: 0.8 } },
}

/** The loaded corpus: passages and sentences by id, plus the search index. */
export class CorpusIndex {
  readonly search: MiniSearch<IndexedSentence>
  readonly passages = new Map<string, Passage>()
  readonly sentences = new Map<string, Sentence>()
  readonly documents = new Map<string, ParsedDocument>()
  readonly quotations: Quotation[] = []

  constructor(readonly artifact: CorpusArtifact) {
    // These tables are looked up by readers' and articles' words; without a prototype, "constructor"
    // or "__proto__" is simply absent instead of finding Object.prototype's members.
    Object.setPrototypeOf(artifact.synonyms, null)
    Object.setPrototypeOf(artifact.sentenceFrequency, null)
    this.search = MiniSearch.loadJS(artifact.index, INDEX_OPTIONS)
    for (const doc of artifact.documents) {
      this.documents.set(doc.meta.id, doc)
      this.quotations.push(...doc.quotations)
      for (const passage of doc.passages) {
        this.passages.set(passage.id, passage)
        for (const sentence of passage.sentences) this.sentences.set(sentence.id, sentence)
      }
    }
  }

  /** The document a passage or sentence belongs to. */
  documentOf(id: string): ParsedDocument {
    const doc = this.documents.get(id.split(':')[0])
    if (!doc) throw new Error(`no document for ${id}`)
    return doc
  }

  /** The passage a sentence id belongs to. */
  passageOf(sentenceId: string): Passage {
    const passage = this.passages.get(sentenceId.replace(/\.s\d+$/, ''))
    if (!passage) throw new Error(`no passage for ${sentenceId}`)
    return passage
  }

  private readonly stemCache = new Map<string, string[]>()

  /** The content-word stems of a sentence in order (computed once per sentence, then cached). */
  stemsOf(sentenceId: string): string[] {
    let stems = this.stemCache.get(sentenceId)
    if (!stems) {
      stems = indexTerms(this.sentences.get(sentenceId)?.text ?? '')
      this.stemCache.set(sentenceId, stems)
    }
    return stems
  }

  /** How informative a stem is: inverse sentence frequency; unknown words count as the rarest. */
  idf(stem: string): number {
    const n = this.artifact.sentenceCount
    const df = this.artifact.sentenceFrequency[stem] ?? 0
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }
}
