import { stemmer } from 'stemmer'
import { foldText } from './normalize'
import { PHRASES } from './phrases'

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
    'our ours ourselves out over same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves s t d ll m re ve also us one many much per tell say said according ' +
    'someone anyone everyone somebody anybody something anything everything')
    .split(' '),
)

/** Words, numbers with their thousands separators folded ("1,200" → "1200"), and apostrophes dropped. */
const WORD = /[a-z0-9][a-z0-9\u0300-\u036f]*(?:[',.][a-z0-9][a-z0-9\u0300-\u036f]*)*/g
/** Accents typed as separate marks ("u" then a combining diaeresis): part of the word, dropped from it. */
const COMBINING = /[\u0300-\u036f]/g

/**
 * Latin letters with accents as their plain letters, one for one so offsets hold: "Temüjin" is one
 * word, "temujin", however a reader types it. Letters with no plain form ("ł", "ß") stay as they are.
 */
const UNDECOMPOSED: ReadonlyMap<string, string> = new Map([['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['đ', 'd'], ['Đ', 'D'], ['ħ', 'h'], ['Ħ', 'H'], ['ı', 'i']])
function withoutAccents(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (ch) => {
    const base = ch.normalize('NFD').charAt(0)
    return /[a-z]/i.test(base) ? base : UNDECOMPOSED.get(ch) ?? ch
  })
}

/**
 * Splits text into word tokens with offsets into the original string.
 *
 * @example tokenize('Fighters’ salaries: $1,200.').map(t => t.stem) // => ['fighter', 'salari', '1200']
 */
export function tokenize(text: string): Token[] {
  const folded = withoutAccents(foldText(text)).toLowerCase()
  const tokens: Token[] = []
  for (const m of folded.matchAll(WORD)) {
    // "1,200" and "u.s." stay one token; "sami's" and "fighters'" lose the possessive.
    const raw = m[0].replace(COMBINING, '')
    const word = /^\d/.test(raw) ? raw.replace(/,(?=\d{3})/g, '') : raw.replace(/'s$/, '').replace(/['.]/g, '')
    for (const part of word.split(',')) {
      if (!part) continue
      // A phrasal verb ("signed up") becomes the one word it means, spanning both words.
      const partStem = stem(part)
      const previous = tokens.at(-1)
      const phrase = previous && previous.end >= m.index - 1 ? PHRASE_BY_STEMS.get(`${previous.stem} ${partStem}`) : undefined
      if (previous && phrase) tokens[tokens.length - 1] = { word: phrase, stem: stem(phrase), start: previous.start, end: m.index + m[0].length }
      else tokens.push({ word: part, stem: partStem, start: m.index, end: m.index + m[0].length })
    }
  }
  return tokens
}

/**
 * Irregular English forms Porter's stemmer cannot reduce ("fled" is not "flee" to it): mapped to
 * their base word before stemming, on both sides, so "spoke" finds "speak" and "men" finds "man".
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  ('men:man women:woman children:child people:person feet:foot teeth:tooth lives:life wives:wife ' +
    'paid:pay fled:flee fought:fight took:take taken:take went:go gone:go gave:give given:give made:make sent:send kept:keep ' +
    'told:tell said:say thought:think brought:bring began:begin begun:begin led:lead left:leave felt:feel met:meet won:win ' +
    'lost:lose held:hold spoke:speak spoken:speak wrote:write written:write knew:know known:know saw:see seen:see ' +
    'became:become came:come ran:run sought:seek caught:catch taught:teach bought:buy sold:sell built:build stood:stand ' +
    'understood:understand hid:hide hidden:hide fell:fall fallen:fall grew:grow grown:grow chose:choose chosen:choose ' +
    'rose:rise risen:rise struck:strike swept:sweep forgave:forgive forgiven:forgive forbade:forbid forbidden:forbid ' +
    'drove:drive driven:drive froze:freeze frozen:freeze burnt:burn dealt:deal meant:mean spent:spend found:find')
    .split(' ').map((pair) => pair.split(':') as [string, string]),
)

/** Stems already computed: a text's words repeat, and stemming is the costly part of tokenising. */
const STEMS = new Map<string, string>()
const MAX_REMEMBERED_STEMS = 50_000

/** The stem of one lower-case word: Porter's stemmer on its base form and American spelling; numbers and very short words left alone. */
export function stem(word: string): string {
  let stemmed = STEMS.get(word)
  if (stemmed === undefined) {
    const base = IRREGULAR.get(word) ?? word
    stemmed = base.length < 3 || /\d/.test(base) ? base : stemmer(americanSpelling(base))
    if (STEMS.size < MAX_REMEMBERED_STEMS && word.length <= 40) STEMS.set(word, stemmed)
  }
  return stemmed
}

/** Words that end in -ise in American English too ("promise", "expertise"), so they keep their s. */
const NOT_BRITISH_ISE = /(?:^|prom|prem|comprom|expert|exerc|enterpr|surpr|advert|otherw|rev|superv|telev|adv|dev|compr|desp|disgu|franch|merchand|ra|pra|ar|w|no|po|conc|prec|parad|cru|bru|treat|repr|dem|exc|inc|improv|circumc|ch|cl|appr)is(?:e|ed|es|ing)$/

/** Words whose "our" is not the British spelling of "or" ("hours", "four", "detour", "poured", "journal"), so they keep it. */
const NOT_BRITISH_OUR = /^(?:h|f|t|p|s|y|j|fl|sc|dev|cont|det|d|am|velo|param|troubad|glam)our/

/** The common British/American spelling pairs, so "recognise" finds "recognize". */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word
  return word
    .replace(NOT_BRITISH_OUR.test(word) ? /^$/ : /our(s|ed|ing|ful|able|ably|ite|ites|itism|al|ally|less|y|er|ers)?$/, 'or$1')
    .replace(NOT_BRITISH_ISE.test(word) ? /^$/ : /is(e|ed|es|ing|ation)$/, 'iz$1')
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
export function fuzziness(term: string, vocabulary?: { has(stem: string): boolean }): number | false {
  if (vocabulary?.has(term)) return false
  return term.length >= 5 && term.length <= MAX_FUZZY_LENGTH ? 0.2 : false
}

/** The phrase table keyed by the stems of its two words, so every inflection of a phrase matches. */
const PHRASE_BY_STEMS = new Map(Object.entries(PHRASES).map(([phrase, word]) => {
  const [a, b] = phrase.split(' ')
  return [`${stem(a)} ${stem(b)}`, word]
}))
