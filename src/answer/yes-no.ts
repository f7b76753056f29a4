import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { CARDINALS } from '../index/numbers'
import { tokenize } from '../index/tokenize'
import { type QuestionAnalysis, termOfName } from '../retrieve/analyze-question'
import type { RankedSentence } from '../retrieve/rank-sentences'

/** Why the article's sentence says no to the question, in a reader's words; undefined when it agrees. */
export type Disagreement = string | undefined

/** Words that deny or withhold what they govern: "never believed", "kept it a secret", "eliminating training". General English. */
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|no longer|n't|secret(?:ly)?|hid|hide|hidden|conceal\w*|refus\w*|den(?:y|ied|ies)|fail\w*|lack\w*|eliminat\w*|abolish\w*|forb(?:id|ade|idden|ids)|ban(?:s|ned)?|prohibit\w*|stop(?:s|ped)?|ceas\w*|abandon\w*|instead of|rather than|absence|unable)\b/i
/** Claims of everything, exactly or only: "all deserters", "exactly $100", "limited to Syrians", "a typical fighter". */
const ABSOLUTE = /\b(?:all|every|everyone|always|exact(?:ly)?|precise(?:ly)?|only|solely|entirely|limited to|confirmed|official|typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|whole)\b/i
/** Hedges, shares and alternatives: "as little as", "an average of", "some sources estimate", "Turkey or Jordan". */
const PARTIAL = /\b(?:some|or|average|as little as|as much as|up to|at least|at most|about|roughly|around|approximately|estimat\w*|reported(?:ly)?|often|many|most|several|hundreds|thousands|dozens|sources)\b/i
/** A restriction in the question answered by a universal in the article: "limited to Syrian fighters" / "all fighters". */
const RESTRICTIVE = /\b(?:only|solely|limited to|just|exclusively)\b/i
const UNIVERSAL = /\b(?:all|every|everyone|each)\b/i

/**
 * Whether the article's sentence contradicts a yes/no question, by general cues a careful reader
 * checks: one of them denies what the other asserts (a negation on one side only), the sentence uses
 * the opposite of a question word (WordNet antonyms: "weaker" for "stronger"), the question claims
 * all, exactly or typically where the sentence hedges or gives alternatives, or a restriction where
 * the sentence says all, and the question's names or figures are not the sentence's.
 */
export function disagreement(index: CorpusIndex, analysis: QuestionAnalysis, sentence: string, passage: string): Disagreement {
  const question = foldText(analysis.question)
  const text = foldText(sentence)
  // Negation counts only in the clauses that speak of what the question asks about.
  const asked = new Set(analysis.terms.flatMap((t) => [t.stem, ...t.expansions.map(([s]) => s), ...t.similar.map(([s]) => s)]))
  const relevant = text.split(/[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas)\b/).filter((clause) => tokenize(clause).some((t) => asked.has(t.stem))).join(' ; ')
  if (NEGATION.test(question) !== NEGATION.test(relevant)) return NEGATION.test(relevant) ? 'the article says otherwise' : 'the article does not deny it'
  const stems = new Set(tokenize(text).map((t) => t.stem))
  for (const term of analysis.terms) {
    if (stems.has(term.stem)) continue
    const opposite = index.antonyms.get(term.stem)?.find((a) => stems.has(a))
    if (opposite) return `the article uses the opposite word`
  }
  const claimed = question.replace(/\bhow (?:many|much)\b/gi, '')
  if (ABSOLUTE.test(claimed) && PARTIAL.test(text) && !PARTIAL.test(claimed)) return 'the article hedges it'
  if (RESTRICTIVE.test(question) && UNIVERSAL.test(text) && !UNIVERSAL.test(question)) return 'the article says it applies to all'
  // A name or figure the question asserts that the sentence (and its passage) does not give, where it gives another.
  const passageStems = new Set(tokenize(foldText(passage)).map((t) => t.stem))
  for (const name of analysis.names) {
    const term = termOfName(analysis, name)
    if (term && !passageStems.has(term.stem) && !term.expansions.some(([s]) => passageStems.has(s)) && /(?<!^)\b[A-Z][a-z]+/.test(sentence)) return `the article does not say ${capitalised(term.word)}`
  }
  const numbers = numbersIn(question)
  const given = numbersIn(text)
  if (numbers.length && given.length && numbers.some((n) => !given.includes(n))) return 'the article gives a different figure'
  if (numbers.some((n) => new RegExp(`\\b(?:or|to|-)\\s+${n}\\b|\\b${n}\\s+(?:or|to)\\b`).test(digitsFor(text)))) return 'the article gives a range, not that figure'
  return undefined
}

/**
 * The verdict on a yes/no question: "No" when the best sentence, or a close runner-up, contradicts
 * it (that sentence is then the one to cite), else "Yes" on the best sentence.
 */
export function yesNoVerdict(index: CorpusIndex, analysis: QuestionAnalysis, ranked: readonly RankedSentence[]): { verdict: 'Yes' | 'No'; sentence: RankedSentence; reason?: string } {
  const [best] = ranked
  // A close runner-up that contradicts the question settles it as surely as the best sentence.
  const contenders = ranked.filter((r, i) => i === 0 || (i < CONTENDERS && r.probability >= CLOSE_SHARE * best.probability))
  for (const r of contenders) {
    const reason = disagreement(index, analysis, r.sentence.text, index.passageOf(r.sentence.id).text)
    if (reason) return { verdict: 'No', sentence: r, reason }
  }
  return { verdict: 'Yes', sentence: best }
}

/** Sentences checked for a contradiction: the best and close runners-up. */
const CONTENDERS = 3
/** A runner-up counts as close when the ranker gives it at least this share of the best one's probability. */
const CLOSE_SHARE = 0.5

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Text with small numbers in words written as digits, so "three times" meets "3 times". */
function digitsFor(text: string): string {
  return text.toLowerCase().replace(/\b[a-z]+\b/g, (w) => (Object.hasOwn(CARDINALS, w) ? String(CARDINALS[w]) : w))
}

/** The numbers a text states, in digits (thousands separators and currency signs dropped). */
function numbersIn(text: string): string[] {
  return [...digitsFor(text).replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\b\d+(?:\.\d+)?\b/g)].map((m) => m[0])
}
