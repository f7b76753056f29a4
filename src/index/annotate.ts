import nlp from 'compromise'
import type { ParsedDocument } from '../ingest/types'
import { isContentWord, tokenize } from './tokenize'

/**
 * The kind of thing a word of a sentence is, one letter per token of `tokenize(sentence)`:
 * a person, a place, an organisation, a date word, a year, a sum of money, a percentage, another
 * number, another proper noun, a plain word, or a stop word. The answer ranker asks whether a sentence
 * holds a thing of the kind the question wants that the question itself does not name.
 */
export const TOKEN_CLASSES = {
  person: 'P',
  place: 'L',
  organization: 'O',
  date: 'D',
  year: 'Y',
  money: '$',
  percent: '%',
  number: 'N',
  proper: 'C',
  /** A word for a person by what they are or do: "architect", "teachers", "orphans". */
  actor: 'A',
  none: '-',
  stopWord: '_',
} as const

export type TokenClass = (typeof TOKEN_CLASSES)[keyof typeof TOKEN_CLASSES]

/** A sentence's tokens as the ranker reads them: stems, and a class letter per token. */
export interface SentenceTokens {
  /** Stems of every token (stop words included), space-separated. */
  stems: string
  /** One `TokenClass` letter per stem. */
  classes: string
}

/** Compromise's tags, most specific first, and the class each stands for. */
const TAG_CLASSES: [tag: string, cls: TokenClass][] = [
  ['Money', '$'], ['Percent', '%'], ['Year', 'Y'], ['Month', 'D'], ['WeekDay', 'D'], ['Date', 'D'],
  ['Person', 'P'], ['Place', 'L'], ['Organization', 'O'], ['Value', 'N'], ['ProperNoun', 'C'], ['Acronym', 'C'],
]

const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})$/

/**
 * Reads every sentence of a document once, at build time, with the `compromise` tagger (people,
 * places, organisations, dates, values) and a few checks of its own (a bare four-digit number is a
 * year, "$" or "%" beside a number is money or a share), aligned to the project's tokenizer.
 * Compromise is a build-time dependency only: the worker reads the letters it leaves.
 */
export function annotateDocument(doc: ParsedDocument): Map<string, SentenceTokens> {
  const out = new Map<string, SentenceTokens>()
  for (const passage of doc.passages) {
    for (const sentence of passage.sentences) {
      const tagsAt = compromiseTags(sentence.text)
      const tokens = tokenize(sentence.text)
      const classes = tokens.map((t) => classOf(sentence.text, t, tagsAt.get(t.start)))
      out.set(sentence.id, { stems: tokens.map((t) => t.stem).join(' '), classes: classes.join('') })
    }
  }
  return out
}

/** Compromise's tags for each term of a text, keyed by the term's offset. */
function compromiseTags(text: string): Map<number, Set<string>> {
  const at = new Map<number, Set<string>>()
  for (const sentence of nlp(text).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[]) {
    for (const term of sentence.terms) at.set(term.offset.start, new Set(term.tags))
  }
  return at
}

function classOf(sentence: string, token: { word: string; start: number; end: number }, tags: Set<string> | undefined): TokenClass {
  if (!isContentWord(token.word) && !/^\d/.test(token.word)) return '_'
  const before = sentence.slice(Math.max(0, token.start - 2), token.start)
  const after = sentence.slice(token.end, token.end + 9).toLowerCase()
  if (/\d/.test(token.word)) {
    if (/[$£€¥]\s?$/.test(before) || /^\s?(?:dollars|pounds|euros|yen|usd)\b/.test(after)) return '$'
    if (/^\s?(?:%|percent\b|per cent\b)/.test(after)) return '%'
    if (YEAR.test(token.word) || /^\s?(?:bc|ad|bce|ce)\b/.test(after) || /^\d{3,4}s$/.test(token.word)) return 'Y'
  }
  for (const [tag, cls] of TAG_CLASSES) if (tags?.has(tag)) return cls
  if (/^\d/.test(token.word)) return 'N'
  // A capitalised word inside a sentence is a name of some kind even when the tagger has no opinion.
  if (token.start > 0 && /^[A-Z]/.test(sentence.slice(token.start, token.end))) return 'C'
  if (tags?.has('Actor')) return 'A'
  return '-'
}
