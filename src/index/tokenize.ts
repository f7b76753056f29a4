import { stemmer } from 'stemmer'
import { foldText } from './normalize'

/** A word of a text with its place in that text. */
export interface Token {
  /** The word as written, folded to lower case ASCII punctuation. */
  word: string
  /** The word's stem: what indexing and querying compare. */
  stem: string
  start: number
  end: number
}

/**
 * Words too common to tell passages apart. Question words are kept out of this list's concern: the
 * question analyser reads them before stop words are dropped.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves s t d ll m re ve also us one many much per tell say said according')
    .split(' '),
)

/** Words, numbers with their thousands separators folded ("1,200" → "1200"), and apostrophes dropped. */
const WORD = /[a-z0-9]+(?:[',.][a-z0-9]+)*/g

/**
 * Splits text into word tokens with offsets into the original string.
 *
 * @example tokenize('Fighters’ salaries: $1,200.').map(t => t.stem) // => ['fighter', 'salari', '1200']
 */
export function tokenize(text: string): Token[] {
  const folded = foldText(text).toLowerCase()
  const tokens: Token[] = []
  for (const m of folded.matchAll(WORD)) {
    // "1,200" and "u.s." stay one token; "sami's" and "fighters'" lose the possessive.
    const raw = m[0]
    const word = /^\d/.test(raw) ? raw.replace(/,(?=\d{3})/g, '') : raw.replace(/'s$/, '').replace(/['.]/g, '')
    for (const part of word.split(',')) {
      if (part) tokens.push({ word: part, stem: stem(part), start: m.index, end: m.index + raw.length })
    }
  }
  return tokens
}

/** The stem of one lower-case word: Porter's stemmer on its American spelling; numbers and very short words left alone. */
export function stem(word: string): string {
  return word.length < 3 || /\d/.test(word) ? word : stemmer(americanSpelling(word))
}

/** The common British/American spelling pairs, so "recognise" finds "recognize". */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word
  return word
    .replace(/our$/, 'or').replace(/ours$/, 'ors')
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/yse$/, 'yze')
    .replace(/ence$/, 'ense')
    .replace(/tre$/, 'ter')
    .replace(/lled$/, 'led').replace(/lling$/, 'ling')
    .replace(/mme$/, 'm')
}


/** True when a word carries content (not a stop word, not a lone letter). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word)
}

/**
 * The index terms of a text: stems of its content words. MiniSearch uses this for documents and
 * queries alike, so both sides fold and stem the same way.
 *
 * @example indexTerms('The fighters were paid') // => ['fighter', 'paid']
 */
export function indexTerms(text: string): string[] {
  return tokenize(text).filter((t) => isContentWord(t.word)).map((t) => t.stem)
}

/** The longest word worth matching approximately: longer "words" are noise, and fuzzy search on them is costly. */
export const MAX_FUZZY_LENGTH = 20

/**
 * The edit distance to allow a query term: none for a word the article uses as it is (it matches
 * exactly), for short words or absurdly long ones; else about one letter in five.
 */
export function fuzziness(term: string, vocabulary?: Readonly<Record<string, unknown>>): number | false {
  if (vocabulary && term in vocabulary) return false
  return term.length >= 5 && term.length <= MAX_FUZZY_LENGTH ? 0.2 : false
}
