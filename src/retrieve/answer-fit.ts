import { CARDINALS } from '../index/numbers'
import { type Token, tokenize } from '../index/tokenize'
import type { AnswerType } from './analyze-question'

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
const NUMBER_WORD = `(?:${Object.keys(CARDINALS).join('|')}|dozens?|hundreds?|thousands?|several|a few)`
/** Kinds of people a "who" question may be answered with. */
const ROLE = /\b(?:officials?|fighters?|leaders?|commanders?|officers?|criminals?|combatants?|civilians?|members?|soldiers?|recruits?|defectors?|deserters?|foreigners|students?|men|women|children|boys?|girls?|tribes?|bureaucrats|police|muhajireen|sources|journalists|officials)\b/i
const PLACE = /\b(?:in|from|to|into|near|across|of|and)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|Syrian|Iraqi)\s+)?(?:(?:province|city|countryside|suburb|town) of\s+)?(?!ISIS\b|Islamic\b|Muslims?\b|Coalition\b|Koran\b|U\.S\.)(?:al-)?[A-Z][a-z]+/

/**
 * How well a sentence fits the kind of answer a question asks for, from 0 (it cannot be the answer)
 * to 1 (it holds exactly that kind of thing: a month and year for "when", a place for "where").
 *
 * @example answerFit('He turned to ISIS in November 2014.', 'date') // => 1
 */
export function answerFit(sentence: string, type: AnswerType, people: readonly string[] = [], focus: readonly string[] = []): number {
  switch (type) {
    case 'identity': {
      // "Hossam, a deserter from Idlib," and "A former law student from …, Ammar" introduce someone;
      // a sentence that merely names him does not.
      const name = people.find((p) => focus.includes(p.toLowerCase()))
      if (!name) return 0.5
      return new RegExp(`\\b${name}(?:'s)?, (?:a|an|the|who|\\d)`).test(sentence) || new RegExp(`(?:^|[,;] )(?:A|a|An|an|One|one) [^,.;]+, ${name}\\b`).test(sentence) ? 1 : sentence.includes(name) ? 0.3 : 0
    }
    case 'date':
      if (new RegExp(`\\b${MONTH}(?: \\d{1,2},)? \\d{4}\\b`).test(sentence)) return 1
      // A year alone answers "when" less precisely than a month and year.
      if (/\b(?:19|20)\d{2}\b/.test(sentence)) return 0.5
      // Seasons, weekdays and decades are times too ("in late spring", "on Fridays", "in the 1990s").
      if (/\b(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|\b(?:19|20)\d0s\b/i.test(sentence)) return 0.7
      return /\b(?:in recent months|months? ago|years? (?:after|before|ago)|since)\b/.test(sentence) ? 0.3 : 0
    case 'origin':
      return /\bfrom\s+(?:the\s+)?(?:[a-z]+\s+)*?(?:province of\s+)?(?:al-)?[A-Z][a-z]+/.test(sentence) ? 1 : PLACE.test(sentence) ? 0.4 : 0
    case 'place':
      // A named place first; a kind of place ("in a factory", "at a refugee camp") answers too.
      return PLACE.test(sentence) ? 1 : /\b(?:in|at|into|near) (?:a|an|the) (?:[a-z]+ )?(?:factory|camp|prison|village|town|city|school|mosque|hospital|office|border|frontlines?|countryside)\b/.test(sentence) ? 0.7 : 0
    case 'person':
      if (people.some((p) => sentence.includes(p))) return 1
      if (/\b(?:one|another)\s+(?:former\s+)?(?:ISIS\s+)?(?:deserter|defector|fighter)\b/i.test(sentence)) return 0.5
      // "Who backed the Kurdish forces?" may be answered by a group or a country, "who does ISIS
      // recruit?" by a kind of people.
      if (/(?<!^|[.?!]\s)\b(?:[A-Z]\.){2,}|(?<!^)\b[A-Z][a-z]+ (?:forces|army|government|coalition|airstrikes)\b/.test(sentence)) return 0.5
      return ROLE.test(sentence) ? 0.7 : 0
    case 'measurement':
      // A height, distance, size or weight is a number with its unit.
      return /\b\d[\d,.]*\s?(?:cm|centimet(?:er|re)s?|met(?:er|re)s?|m|feet|foot|ft|inches|km|kilomet(?:er|re)s?|miles?|kg|kilograms?|pounds|lbs|tons?|square|acres|hectares)\b/i.test(sentence) ? 1 : 0
    case 'naming':
      return /\b(?:calls?|called|known as|named|dubbed|termed|so-called)\b/i.test(sentence) ? 1 : /[“"][^”"]+[”"]/.test(sentence) ? 0.5 : 0
    case 'statement':
      return /[“”"]/.test(sentence) ? 1 : /\b(?:said|says|stated|states|estimated|recounted|explained|retorted|added|told|claims?)\b/.test(sentence) ? 0.6 : 0
    case 'destination':
      // "to Turkey", "to the frontlines in Iraq", "across the border into Jordan".
      return /\b(?:to|into|towards?|reach(?:ed)?|cross(?:ed|ing)? the border into)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:al-)?[A-Z][a-z]+/.test(sentence) ? 1 : PLACE.test(sentence) ? 0.4 : 0
    case 'money':
      return /\$\s?\d/.test(sentence) ? 1 : /\b(?:paid|pay|salar(?:y|ies))\b/i.test(sentence) ? 0.4 : 0
    case 'percent':
      return /\d+\s?(?:percent|per cent|%)/.test(sentence) ? 1 : /\bpercentage|majority|half\b/.test(sentence) ? 0.4 : 0
    case 'age':
      return /\b\d+ years old\b|\bunder the age of\b|, \d{1,2},/.test(sentence) ? 1 : 0
    case 'duration':
      return new RegExp(`\\b(?:\\d+|${NUMBER_WORD})(?: to \\d+)? (?:days?|weeks?|months?|years?)\\b`, 'i').test(sentence) ? 1 : 0
    case 'count':
      return countsFocus(sentence, focus) ? 1 : focus.length === 0 && new RegExp(`\\b(?:\\d[\\d,]*|${NUMBER_WORD})\\b`, 'i').test(sentence) ? 0.7 : 0
    case 'reason':
      return /\b(?:because|factor|in order to|so that|for (?:economic|the same) reasons?|to avoid|to protect|to take|in exchange for|out of|due to|as a result of)\b/i.test(sentence) ? 1 : 0.3
    default:
      return 0.5
  }
}

const COUNT_WORD = new RegExp(`^(?:\\d[\\d,]*|${NUMBER_WORD}|many|numbers?)$`)

/** True when a number comes just before every word of the counted phrase ("eight former ISIS fighters"). */
function countsFocus(sentence: string, counted: readonly string[]): boolean {
  if (counted.length === 0) return false
  const tokens = sentenceTokens(sentence)
  return tokens.some((t, i) => {
    if (!COUNT_WORD.test(t.word)) return false
    const after = tokens.slice(i + 1, i + 2 + counted.length + 2).map((n) => n.stem)
    return counted.every((stem) => after.includes(stem))
  })
}

/** Tokens of the corpus's sentences, kept once computed: the sentences never change, questions do. */
const TOKENS = new Map<string, Token[]>()
const MAX_REMEMBERED_SENTENCES = 20_000

function sentenceTokens(sentence: string): Token[] {
  let tokens = TOKENS.get(sentence)
  if (!tokens) {
    tokens = tokenize(sentence)
    if (TOKENS.size < MAX_REMEMBERED_SENTENCES) TOKENS.set(sentence, tokens)
  }
  return tokens
}
