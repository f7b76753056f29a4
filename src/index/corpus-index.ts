import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { ParsedDocument, Passage, Quotation, Sentence } from '../ingest/types'
import type { Entity } from './entities'
import type { Fact } from './facts'
import type { Formula } from './formulas'
import type { RankerModel } from './ranker-model'

/** What one indexed unit (a sentence) holds for search: its words and the words it implies. */
export interface IndexedSentence {
  id: string
  text: string
  /** People the sentence speaks of without naming them ("He turned to ISIS…" → "Ammar"). */
  mentions: string
  /** What kind of passage it comes from, in words ("photo caption credit") so readers' words reach it. */
  about: string
}

/** A reader's stem → the article's stems that may stand for it, with how close each is (0–1). */
export type SynonymPairs = [stem: string, targets: [stem: string, weight: number][]][]

/** The id of the passage a sentence id belongs to: `doc:p8` for `doc:p8.s3`. */
export function passageIdOf(sentenceId: string): string {
  return sentenceId.replace(/\.s\d+$/, '')
}

/** The prebuilt corpus: made by `npm run build`, loaded by the worker at start-up. */
export interface CorpusArtifact {
  version: 2
  documents: ParsedDocument[]
  people: string[]
  /** Lower-case words the article writes as proper nouns. */
  properNouns: string[]
  /** Query expansion: WordNet, the optional curated table and word-vector neighbours. */
  synonyms: SynonymPairs
  /** Reader's stem → the article's stems nearest in meaning, with cosine similarity (word vectors). */
  neighbours: SynonymPairs
  /** Stems of English words that look like the article's words but are not misspellings of them ("seam" beside "seem"). */
  lookalikes: string[]
  /** Reader's stem → the article's stems of opposite meaning (WordNet antonyms). */
  antonyms: [stem: string, opposites: string[]][]
  /** The article's multi-word names by their initials ("BLS" → "Bureau of Labor Statistics"). */
  acronyms: [acronym: string, name: string][]
  /** Document frequency of every stem over sentences: how rare (informative) a word is. */
  sentenceFrequency: [stem: string, count: number][]
  sentenceCount: number
  /**
   * Per sentence, in reading order: `[id, stems, classes, implied]` (see `annotateDocument`); `implied`
   * holds the stems of whom or what the sentence speaks of without naming ("He fled…" → "ammar").
   */
  sentenceTokens: [id: string, stems: string, classes: string, implied?: string][]
  /** LexRank centrality of each summarisable sentence in its document and in its part (see centrality.ts). */
  centrality: [id: string, document: number, part: number][]
  index: AsPlainObject
  /** Groups the article speaks of, with the names readers use for them (the optional corpus/entities.json). */
  entities: Entity[]
  /** Every figure in the corpus, with its unit, hedge, owner and evidence, in reading order. */
  facts: Fact[]
  /** How the article's own tables combine its figures (the optional corpus/formulas.json), figures found. */
  formulas: Formula[]
  /** The fitted answer ranker (data/ranker.json). */
  model: RankerModel
}

/** A sentence's tokens, ready for the ranker. */
export interface SentenceTokenInfo {
  stems: string[]
  classes: string
  /** The stems of the people or things the sentence speaks of without naming them. */
  implied: string[]
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

/** The loaded corpus: passages and sentences by id, the search index and the tables keyed by word. */
export class CorpusIndex {
  readonly search: MiniSearch<IndexedSentence>
  readonly passages = new Map<string, Passage>()
  readonly sentences = new Map<string, Sentence>()
  readonly documents = new Map<string, ParsedDocument>()
  readonly quotations: Quotation[] = []
  readonly synonyms: ReadonlyMap<string, [string, number][]>
  readonly neighbours: ReadonlyMap<string, [string, number][]>
  readonly antonyms: ReadonlyMap<string, string[]>
  readonly frequency: ReadonlyMap<string, number>
  readonly tokens = new Map<string, SentenceTokenInfo>()
  readonly centrality = new Map<string, { document: number; part: number }>()
  /** Facts by id, and each sentence's facts in reading order. */
  readonly facts = new Map<string, Fact>()
  readonly factsBySentence = new Map<string, Fact[]>()
  /** Sentence ids in reading order, and each one's position in it. */
  readonly order: string[] = []
  readonly position = new Map<string, number>()
  /** Each sentence's passage, and each passage's stems (filled on first use). */
  private readonly passageBySentence = new Map<string, Passage>()
  private readonly passageStemSets = new Map<string, ReadonlySet<string>>()
  /** The words the article writes as proper nouns, lower case. */
  readonly properNouns: ReadonlySet<string>
  /** English words spelt like the article's words that are not misspellings of them. */
  readonly lookalikes: ReadonlySet<string>
  /** The article's multi-word names by their initials. */
  readonly acronyms: ReadonlyMap<string, string>
  /** Every word of the names of the article's people, lower case ("mara", "quill"). */
  readonly personWords: ReadonlySet<string>

  constructor(readonly artifact: CorpusArtifact) {
    this.search = MiniSearch.loadJS(artifact.index, INDEX_OPTIONS)
    this.properNouns = new Set(artifact.properNouns)
    this.lookalikes = new Set(artifact.lookalikes)
    this.acronyms = new Map(artifact.acronyms)
    this.personWords = new Set(artifact.people.flatMap((p) => p.toLowerCase().split(/\s+/)))
    this.synonyms = new Map(artifact.synonyms)
    this.neighbours = new Map(artifact.neighbours)
    this.antonyms = new Map(artifact.antonyms)
    this.frequency = new Map(artifact.sentenceFrequency)
    for (const [id, document, part] of artifact.centrality) this.centrality.set(id, { document, part })
    for (const [id, stems, classes, implied] of artifact.sentenceTokens) this.tokens.set(id, { stems: stems ? stems.split(' ') : [], classes, implied: implied ? implied.split(' ') : [] })
    for (const fact of artifact.facts) {
      this.facts.set(fact.id, fact)
      const list = this.factsBySentence.get(fact.sentenceId)
      if (list) list.push(fact)
      else this.factsBySentence.set(fact.sentenceId, [fact])
    }
    for (const doc of artifact.documents) {
      this.documents.set(doc.meta.id, doc)
      this.quotations.push(...doc.quotations)
      for (const passage of doc.passages) {
        this.passages.set(passage.id, passage)
        for (const sentence of passage.sentences) {
          this.sentences.set(sentence.id, sentence)
          this.passageBySentence.set(sentence.id, passage)
          this.position.set(sentence.id, this.order.length)
          this.order.push(sentence.id)
        }
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
    const passage = this.passageBySentence.get(sentenceId) ?? this.passages.get(passageIdOf(sentenceId))
    if (!passage) throw new Error(`no passage for ${sentenceId}`)
    return passage
  }

  /** Every stem a passage uses, stop words included. */
  passageStems(passageId: string): ReadonlySet<string> {
    let stems = this.passageStemSets.get(passageId)
    if (!stems) {
      stems = new Set(this.passages.get(passageId)?.sentences.flatMap((s) => this.stemsOf(s.id)))
      this.passageStemSets.set(passageId, stems)
    }
    return stems
  }

  /** The stems of a sentence's words in order, stop words included. */
  stemsOf(sentenceId: string): string[] {
    return this.tokens.get(sentenceId)?.stems ?? []
  }

  /** The stems of whom or what a sentence speaks of without naming them ("He fled…" after "Ammar…"). */
  impliedStemsOf(sentenceId: string): string[] {
    return this.tokens.get(sentenceId)?.implied ?? []
  }

  /** The stems of a sentence's content words (stop words left out), in order. */
  contentStemsOf(sentenceId: string): string[] {
    const tokens = this.tokens.get(sentenceId)
    return tokens ? tokens.stems.filter((_, i) => tokens.classes[i] !== '_') : []
  }

  /** Whether some sentence has one stem right before the other ("sea" then "water"). */
  usesPair(first: string, second: string): boolean {
    if (!this.pairs) {
      this.pairs = new Set()
      for (const { stems } of this.tokens.values()) for (let i = 1; i < stems.length; i++) this.pairs.add(`${stems[i - 1]} ${stems[i]}`)
    }
    return this.pairs.has(`${first} ${second}`)
  }
  private pairs?: Set<string>

  /** Whether the corpus uses a stem at all. */
  knows(stem: string): boolean {
    return this.frequency.has(stem)
  }

  /** How informative a stem is: inverse sentence frequency; unknown words count as the rarest. */
  idf(stem: string): number {
    const n = this.artifact.sentenceCount
    const df = this.frequency.get(stem) ?? 0
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }
}
