import type { CorpusIndex } from '../index/corpus-index'
import { escapeRegExp } from '../index/normalize'
import { CARDINALS } from '../index/numbers'
import { isContentWord, stem, tokenize } from '../index/tokenize'
import { MONTH_NAMES } from '../ingest/quantities/dates'
import type { Sentence } from '../ingest/types'
import { AUX, type QuestionAnalysis, type QuestionType, analyzeQuestion, termOfName } from '../retrieve/analyze-question'
import { type Citation, citeSentence, citeSpan } from '../retrieve/citation'
import { answerConfidence } from '../retrieve/confidence'
import { type RankedSentence, rankSentences } from '../retrieve/rank-sentences'
import { CAUSE_STEMS } from '../retrieve/sentence-features'
import type { NumericAnswer } from '../rules/answer-numeric'
import { comparisonSides } from './comparison'
import { listAnswer } from './list-answer'
import { relativeDateNote } from './relative-date'
import { NOTHING_NEXT, whatNext } from './what-next'
import { yesNoVerdict } from './yes-no'

/** A reply to a question: the answer text with `[n]` markers and the citations they point to. */
export interface Answer {
  answer: string
  abstained: boolean
  citations: Citation[]
  /** Why the assistant answered as it did: the kind of question it read and how sure it is. */
  reasoning?: { questionType: string; confidence: number; threshold: number }
  /** For numeric questions: the derivation, its value and the cited operands. */
  computation?: NumericAnswer['computation']
}

/** Answers stay short: a sentence it leans on is added only while the answer stays under this many words. */
const MAX_WORDS = 60

/**
 * Answers a question from the article: the sentence the fitted ranker puts first (with the sentence
 * before it when it leans on it), cited; or, when the confidence model is not sure enough that it
 * answers, an abstention.
 *
 * @example answerQuestion(index, 'Where did Ammar flee to?').answer // => 'Soon after receiving news of his imminent transfer, Ammar fled to Turkey. [1]'
 */
export function answerQuestion(index: CorpusIndex, question: string, context?: ReadonlySet<string>, answered?: ReadonlySet<string>): Answer {
  const analysis = analyzeQuestion(index, question)
  const sides = COMPARING.has(analysis.type) ? comparisonSides(analysis.question) : undefined
  const compared = sides && answerComparison(index, sides, analysis.type)
  if (compared) return compared
  const ranked = without(rankSentences(index, analysis, context), answered)
  const confidence = answerConfidence(index, analysis, ranked)
  const { threshold } = index.artifact.model
  const reasoning = { questionType: analysis.type, confidence: round(confidence), threshold }
  const best = ranked[0]
  // "How many", "what percentage", "how old" are answered by a figure: when the best sentences hold
  // none, that is what the article lacks, whether or not the model was sure of them.
  // So are "how tall", "how long did it last", "what is the population of" (a duration may be in words: "for months").
  // "Exactly how many…", "…, as a number?": a figure in words that only estimate ("hundreds", "many") does not answer.
  const exact = EXACT.test(analysis.question)
  const byHowMuch = BY_HOW_MUCH.test(analysis.question)
  const figureAsked = (FIGURE_TYPES.has(analysis.type) && FIGURE_ASKED.test(analysis.question.toLowerCase())) || measureAsked(analysis) || AS_A_NUMBER.test(analysis.question) || byHowMuch
  const counted = figureAsked ? countedNoun(index, analysis.question) : undefined
  // "How much did he earn / does it cost": an amount of money, not "12 hours a day".
  const money = analysis.type === 'howmuch' && MONEY_ASKED.test(analysis.question)
  // "What percentage…": a share ("60 percent", "a third"), not "one deserter said…".
  const share = analysis.type === 'percent' && PERCENT_ASKED.test(analysis.question)
  // "How many fighters…": a count, not "60 percent of his fellow combatants" nor "$50 per month".
  const count = analysis.type === 'howmany' && !PERCENT_ASKED.test(analysis.question) && !MONEY_WORD.test(analysis.question)
  // (Not "How many weight rooms…", which counts rooms.)
  const units = figureAsked && (analysis.type !== 'howmany' || MEASURE_OF.test(analysis.question.toLowerCase())) ? unitsAsked(analysis.question) : undefined
  const givesFigure = (s: Sentence) => {
    if ((money && !holdsMoney(index, s)) || (share && !holdsShare(index, s)) || (count && !holdsCount(s))) return false
    if (exact) return holdsExactFigure(s.text)
    // "By how much did prices rise?": the size of the change, not "one former fighter… rising prices".
    if (byHowMuch) return CHANGE_SIZE.test(s.text)
    // "How long did it last / is it": a span of time or a length, not a date ("On January 7, 2016, …").
    if (analysis.type === 'howlong') return holdsSpan(s.text) || measuredIn(analysis.question, s.text)
    // "How tall is…", "How much did it weigh": a figure in a unit of that measure, not "completed in 1989".
    if (units) return units.test(s.text) || measuredIn(analysis.question, s.text)
    return holdsFigure(index, s)
  }
  const noFigure = (sentences: readonly Sentence[]) => figureAsked && !sentences.some((s) => givesFigure(s) && countsNoun(index, s, counted, analysis))
  if (!best || confidence < threshold) return { ...abstain(index, analysis, best && noFigure(chooseSentences(index, best, analysis.type, answered)) ? NO_FIGURE : undefined), reasoning }
  const list = listAnswer(index, analysis, best)
  if (list) return { ...list, reasoning }
  // "What did Ammar do after he got to Turkey?" answered by the sentence in which he gets there: what comes next, or nothing.
  const next = whatNext(index, analysis, best.sentence)
  if (next && 'stops' in next) return { ...abstain(index, analysis, NOTHING_NEXT), reasoning }
  if (next) return { answer: `${next.sentences.map((s) => s.text).join(' ')} [1]`, abstained: false, citations: [citeSentences(index, next.sentences)], reasoning }
  if (analysis.type === 'yesno') {
    // A yes/no question gets its verdict first, then the one sentence that settles it.
    const { verdict, sentence } = yesNoVerdict(index, analysis, ranked)
    const sentences = chooseSentences(index, sentence, analysis.type, answered)
    return { answer: `${verdict}. ${sentences.map((s) => s.text).join(' ')} [1]`, abstained: false, citations: [citeSentences(index, sentences)], reasoning }
  }
  const parts = answerParts(index, ranked, analysis.type, undefined, answered)
  // Sentences without a figure do not answer a question asking for one. (Falling back to a lower-ranked
  // sentence with a figure was tried: it answered more of the questions the article cannot answer than it rescued.)
  if (noFigure(parts.flat())) return { ...abstain(index, analysis, NO_FIGURE), reasoning }
  const lacking = lackedKind(index, analysis, parts.flat())
  if (lacking) return { ...abstain(index, analysis, lacking), reasoning }
  const cited = parts.map((sentences, i) => {
    const passage = index.passageOf(sentences[0].id)
    const credit = passage.credit && !sentences.some((s) => s.text === passage.credit) ? ` (Photo: ${passage.credit})` : ''
    // "When was it chartered?" with "… in the following year": which year that is.
    const year = i === 0 && analysis.type === 'when' ? relativeDateNote(index, analysis, sentences) : ''
    return { text: `${sentences.map((s) => s.text).join(' ')}${credit} [${i + 1}]${year}`, citation: citeSentences(index, sentences) }
  })
  return { answer: cited.map((c) => c.text).join(' '), abstained: false, citations: cited.map((c) => c.citation), reasoning }
}

/**
 * The ranking without the sentences already given (an elliptical follow-up asks the earlier question
 * of something else: "And what about now?"), each remaining probability renormalised among the rest.
 */
function without(ranked: readonly RankedSentence[], answered?: ReadonlySet<string>): RankedSentence[] {
  if (!answered?.size) return [...ranked]
  const kept = ranked.filter((r) => !answered.has(r.sentence.id))
  const total = kept.reduce((sum, r) => sum + r.probability, 0) || 1
  return kept.map((r) => ({ ...r, probability: r.probability / total }))
}

/** Question types a comparison of two things can take ("how did X differ from Y", "what separates…"); not yes/no, not a figure. */
const COMPARING: ReadonlySet<QuestionType> = new Set(['how', 'what', 'why', 'other'])

/**
 * A question comparing two things, answered side by side: each side's best sentence, cited, when the
 * confidence model is sure enough of both; otherwise the question is answered as a whole.
 */
function answerComparison(index: CorpusIndex, sides: readonly [string, string], type: QuestionType): Answer | undefined {
  const { threshold } = index.artifact.model
  const chosen: Sentence[][] = []
  let confidence = 1
  for (const side of sides) {
    // A side is a fragment ("well-connected fighters who break its rules"): it asks what the whole question asks.
    const analysis = { ...analyzeQuestion(index, side), type }
    const ranked = rankSentences(index, analysis)
    confidence = Math.min(confidence, answerConfidence(index, analysis, ranked))
    if (!ranked[0] || confidence < threshold) return undefined
    chosen.push(chooseSentences(index, ranked[0], analysis.type))
  }
  if (chosen[1].some((s) => chosen[0].includes(s))) return undefined
  const cited = chosen.map((sentences, i) => ({ text: `${sentences.map((s) => s.text).join(' ')} [${i + 1}]`, citation: citeSentences(index, sentences) }))
  return { answer: cited.map((c) => c.text).join(' '), abstained: false, citations: cited.map((c) => c.citation), reasoning: { questionType: 'comparison', confidence: round(confidence), threshold } }
}

/** One citation for consecutive sentences of a passage: the sentence itself, or the span they make. */
function citeSentences(index: CorpusIndex, sentences: readonly Sentence[]): Citation {
  const first = sentences[0]
  const last = sentences.at(-1) as Sentence
  return sentences.length === 1 ? citeSentence(index, first.id) : citeSpan(index, first.passageId, first.start, last.end)
}

const NO_FIGURE = 'The article gives no figure for that.'

/** An honest "the article does not say", naming what it does not know when the question names it. */
function abstain(index: CorpusIndex, analysis: QuestionAnalysis, reason = 'The article does not say. Nothing in it answers that question.'): Answer {
  const unknown = analysis.names.filter((name) => {
    const term = termOfName(analysis, name)
    return term !== undefined && !term.known && term.expansions.length === 0
  })
  const answer = unknown.length
    ? `The article does not mention ${namesAsWritten(analysis.question, unknown).join(' or ')}, so it cannot answer that.`
    : reason
  return { answer, abstained: true, citations: [] }
}

/**
 * The question's names that hold the unknown words, as the reader wrote them: "Barack Obama", not
 * "Barack or Obama"; "the 2018 World Cup" names "World Cup".
 */
function namesAsWritten(question: string, unknown: readonly string[]): string[] {
  // A question's first word is capitalised as a sentence's: "Is the Eiffel Tower…" names "Eiffel Tower".
  const runs = [...question.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|de|von|al|bin)\s+)?\p{Lu}[\p{L}'’-]*)*/gu)]
    .map((m) => m[0].replace(/['’]s$/, '').replace(/^(?:(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|what|who|whom|whose|when|where|why|how|which|the|a|an)\s+)+/i, ''))
  const named = unknown.map((word) => runs.find((run) => run.split(/\s+/).includes(word)) ?? word)
  return [...new Set(named)]
}

/**
 * What the answer's sentences lack of the kind of thing asked outright, as the reply says it: a time
 * for "when did…", a year for "in what year…", a name for "what was the name of his brother?".
 */
function lackedKind(index: CorpusIndex, analysis: QuestionAnalysis, sentences: readonly Sentence[]): string | undefined {
  if (analysis.type === 'when' && WHEN_ASKED.test(analysis.question) && !sentences.some((s) => holdsTime(index, s))) return NO_TIME
  // "When exactly…": a date or a year, not "after the war" or "recently".
  if (analysis.type === 'when' && EXACT.test(analysis.question) && !sentences.some((s) => holdsYear(index, s) || /\d/.test(s.text) || MONTH.test(s.text))) return NO_TIME
  if (YEAR_ASKED.test(analysis.question) && !sentences.some((s) => holdsYear(index, s))) return NO_TIME
  // "Who…": someone the question does not name, or a word for people ("The article does not say who").
  if (((analysis.type === 'who' && WHO_ASKED.test(analysis.question) && !asksWhoIsName(analysis)) || WHICH_PERSON.test(analysis.question)) && !sentences.some((s) => givesSomeone(index, s, analysis))) return NO_ONE
  // "Who designed…": someone who did that, not only someone the sentence names.
  if (analysis.type === 'who' && !doesDeed(index, analysis, sentences)) return NO_ONE
  const nameAsked = personNameAsked(analysis.question)
  if (nameAsked && !sentences.some((s) => givesName(index, s, analysis, nameAsked))) return NO_NAME
  return undefined
}

const NO_NAME = 'The article does not give that name.'
const NO_TIME = 'The article does not say when.'
/** A question that asks for a time outright (not "When rock folds, what does it create?", whose "when" opens a clause). */
const WHEN_ASKED = /^when (?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|might)\b|\b(?:what|which) (?:year|month|decade|century)\b|\bin what year\b/i
/** Words that place something in time, a date aside: "in recent months", "after the war", "at the time". */
const TIME_WORDS = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|century|centuries|decade|decades|years?|months?|weeks?|days?|morning|evening|night|after|before|during|since|until|ago|later|earlier|then|now|recently|today|yesterday|era|period|age|time|times|when|once|while|spring|summer|autumn|fall|winter|dynasty|reign|war)\b/i

/** Whether a sentence says when: a date, a year, a number, or a word that places it in time. */
function holdsTime(index: CorpusIndex, sentence: Sentence): boolean {
  return /[DY]/.test(index.tokens.get(sentence.id)?.classes ?? '') || /\d/.test(sentence.text) || TIME_WORDS.test(sentence.text)
}

const MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i

/** Spans of time no date or number gives: "a fortnight", "a generation", "for life". */
const LONG_WORDS = /\b(?:fortnights?|generations?|lifetimes?|for life|forever|briefly|long|short)\b/i

/** A year in digits, as the figure checks read one: 1000 to 2099. */
const YEAR_DIGITS = String.raw`(?:1\d{3}|20\d{2})`

/** Every year in a text, for a span from one to another. */
const YEARS = new RegExp(String.raw`\b${YEAR_DIGITS}\b`, 'g')

/** A unit of length: "two miles", "30cm", "230 metres". */
const LENGTH_UNIT = '(?:miles?|(?:kilo|centi|milli)?met(?:er|re)s?|km|m|cm|mm|feet|foot|ft|inch(?:es)?|yards?)'
/** A unit of time or length a figure measures a span in: "12 hours", "two miles", "a few months". */
const SPAN_UNIT = `(?:(?:milli|micro|nano)?seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|generations?|seasons?|terms?|innings|laps?|${LENGTH_UNIT})`
/**
 * A span: a figure or an amount word before a unit ("12 hours", "a few months", "three-day"), one date
 * to another ("from 1754 to 1763", "until 1850"), or a span in words ("for years", "in the weeks and months after").
 */
const SPAN = new RegExp(`(?:\\d[\\d,.]*|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|few|several|many|some|couple of|dozens? of|hundreds of|thousands of))[\\s-]*(?:[a-z]+[\\s-]+)?${SPAN_UNIT}\\b|\\bfrom \\S+(?: \\S+)? (?:to|until|through|till)\\b|\\bbetween \\S+ and\\b|\\b(?:until|since|till)\\b|\\b(?:the |for |over )?(?:minutes|hours|days|weeks|months|years|decades|centuries|generations)\\b`, 'i')

/** "How long was it, counted in digits / in pages?": a figure in the unit the question names ("22,338,618 decimal digits"). */
function measuredIn(question: string, text: string): boolean {
  const unit = /\bin ([a-z]+)\W*$/i.exec(question)?.[1]
  return unit !== undefined && new RegExp(`\\d[\\d,.]*\\s+(?:[a-z]+\\s+)?${escapeRegExp(unit.replace(/s$/, ''))}`, 'i').test(text)
}

/** A figure, in digits or words, before its unit ("8 feet", "ten tonnes", "230 metres"). */
const FIGURE_BEFORE = '(?:\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|several|few))(?:\\s+(?:million|thousand|hundred|billion))?[\\s-]*'
/** Units by the measure a question names: height, distance and size; weight; speed; heat. General English. */
const MEASURE_UNITS: readonly [asked: RegExp, units: RegExp][] = [
  [/\bhow (?:tall|high|far|wide|deep)\b|\b(?:height|length|width|depth|distance)\b/i, new RegExp(`${FIGURE_BEFORE}(?:(?:square |cubic )?(?:${LENGTH_UNIT}|in|storeys?|stor(?:y|ies)|floors?|light[- ]years?|AU|nautical miles?))\\b`, 'i')],
  [/\bhow heavy\b|\bweigh(?:s|ed)?\b|\bweight\b/i, new RegExp(`${FIGURE_BEFORE}(?:tons?|tonnes?|t|kg|kilograms?|grams?|g|lbs?|pounds|ounces|oz)\\b`, 'i')],
  [/\bhow fast\b|\bspeed\b/i, new RegExp(`${FIGURE_BEFORE}(?:mph|km\\/h|kph|knots?|m\\/s|(?:miles|kilomet(?:er|re)s|met(?:er|re)s|feet) (?:per|an|a) (?:hour|second|minute))\\b|\\bmach \\d`, 'i')],
  [/\bhow (?:hot|cold)\b|\btemperature\b/i, new RegExp(`${FIGURE_BEFORE}(?:°|degrees?\\b|kelvin\\b|K\\b)`, 'i')],
]

/** The units a measure question's answer must give, when it names a measure ("How tall is…", "What does it weigh?"). */
function unitsAsked(question: string): RegExp | undefined {
  return MEASURE_UNITS.find(([asked]) => asked.test(question))?.[1]
}

/** Whether a text gives a span of time or a length: a measured span, a word for one ("briefly", "for life"), or two years ("began in 1931 and was completed in 1936"). */
function holdsSpan(text: string): boolean {
  return SPAN.test(text) || LONG_WORDS.test(text) || new Set(text.match(YEARS)).size >= 2
}

/** A question that asks for a year outright ("In what year did Paul Baran die?"). */
const YEAR_ASKED = /\b(?:what|which) year(?= (?:did|was|were|is|are|does|do|had|has|will|would|could)\b|\?|$)/i

/** Whether a sentence gives a year: a year, a decade, a century or an era ("1773", "the 1950s", "the 2nd century BCE"). */
function holdsYear(index: CorpusIndex, sentence: Sentence): boolean {
  return /Y/.test(index.tokens.get(sentence.id)?.classes ?? '') || /\b\d{3,4}s?\b|['’]\d0s\b|['’]\d\d\b|\b(?:\d+(?:st|nd|rd|th)|\w+(?:st|nd|rd|th))[- ]centur(?:y|ies)\b|\b(?:BCE?|AD|CE)\b/.test(sentence.text)
}

/**
 * A question that asks for a measure outright, whose answer is a figure: "how tall", "how far", "how
 * much did it weigh", "how long did the siege last", "what is the population of…" (not "how much of",
 * "how long ago", nor a head noun that may not measure: "what area is it most like?").
 */
function measureAsked(analysis: QuestionAnalysis): boolean {
  const q = analysis.question.toLowerCase()
  // "How tall is…", not "How far did residents go…" nor "How big a role…".
  if (analysis.type === 'measure') return /\bhow (?:far|big|large|tall|high|heavy|wide|deep|fast|small|hot|cold) (?:is|are|was|were)\b/.test(q)
  if (analysis.type === 'howlong') return /\bhow long\b(?! ago)/.test(q)
  // "How much did it cost / weigh", not "How much did the flood change the town?".
  if (analysis.type === 'howmuch') return /\bhow much (?:money\b|(?:\S+ ){0,6}?(?:cost|costs|weigh|weighs|weighed|pay|paid|pays|earn|earned|earns|charge|charged|spend|spent|raise|raised|sell|sold)\b)/.test(q)
  return analysis.type === 'howmany' && MEASURE_OF.test(q)
}
/** "What is the population of…", "what was the height of…": a quantity noun that heads what is asked. */
const MEASURE_OF = /\b(?:what|which) (?:is|was|are|were) (?:the )?(?:population|height|length|width|depth|weight|distance|area|capacity|temperature|speed) (?:of|for|in|at)\b/

/** Words for a person ("his commanding officer", "Sami's older brother"). General English. */
const PERSON_NOUN = '(?:person|man|woman|boy|girl|child|officer|commander|leader|official|recruiter|fighter|soldier|deserter|defector|brother|sister|father|mother|son|daughter|wife|husband|cousin|uncle|aunt|friend|teacher|coach|player|president|king|queen|author|writer|journalist|founder|owner|captain|chief|doctor|student|priest|imam|judge|lawyer|minister|mayor|governor|emperor|general|pope|senator|ruler|ambassador|director|manager|architect|engineer|scientist|designer|inventor|explorer|administrator|composer|artist|painter|poet|novelist|philosopher|mathematician|astronaut|pilot|quarterback)'
const NO_ONE = 'The article does not say who.'
/** A question that asks who outright ("Who drafted the plan?"), not "To whom…" nor "Whose…" (nor "What is the name…", which reads as a "who"). */
const WHO_ASKED = /^(?:and |so )?who\b/i
/** "Who is Sami?", "Who was Jean Ribault?": a description of someone named, not someone new. */
const WHO_IS = /^(?:and |so )?who (?:is|was|are|were) ([^?]{1,80})\??$/i
/** The little words inside names ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'of'])

/** Whether the question is "Who is <name>?" and nothing more: each word capitalised, a name the question gives, or a particle. */
function asksWhoIsName(analysis: QuestionAnalysis): boolean {
  const words = WHO_IS.exec(analysis.question.trim())?.[1].trim().split(/\s+/)
  const names = new Set(analysis.names.map((n) => n.toLowerCase()))
  return words !== undefined && words.every((w) => /^\p{Lu}/u.test(w) || names.has(w.toLowerCase()) || NAME_PARTICLES.has(w.toLowerCase()))
}
/** Common verbs whose past is not "-ed": what follows the role in "Which general led…", "What NASA Administrator made…". General English. */
const IRREGULAR_PAST = '(?:made|led|won|took|gave|wrote|built|ran|found|held|sent|said|told|became|began|brought|chose|drew|fought|got|kept|left|lost|met|paid|put|sold|spoke|stood|taught|thought|went|bought|caught|came|did|heard|knew|rode|sang|saw|shot|struck|threw|wore)'
/**
 * "Which architect designed…", "What NASA Administrator made…": a person asked for by their role, the
 * role heading what is asked (a verb follows it), not "What pilot program…" nor "Which fighter jets…".
 */
const WHICH_PERSON = new RegExp(`^(?:and |so )?(?:which|what) (?:[\\w-]+ )?${PERSON_NOUN}s? (?:${AUX}|[a-z]+ed|${IRREGULAR_PAST})\\b`, 'i')
/** Plurals in -ers and -ors that are things, not people. General English. */
const NOT_PEOPLE = '(?:numbers|others|letters|layers|orders|borders|cent(?:er|re)s|waters|matters|papers|corners|towers|rivers|computers|met(?:er|re)s|parameters|chapters|quarters|headquarters|factors|sectors|colou?rs|errors|motors|doors|floors|flowers|answers|offers|covers|filters|markers|containers|characters|vectors|chambers|registers|clusters|monitors|indicators|reactors|processors|conductors|semiconductors|detectors|sensors|tractors|elevators|mirrors|interiors|exteriors|meteors|anchors|honou?rs|favou?rs|flavou?rs|labou?rs|vapou?rs|rumou?rs|humou?rs|harbou?rs|armou?rs|odou?rs|tumou?rs|behaviou?rs|summers|winters)'
/**
 * Words that stand for people: a role ("the commander", "students"), a group or body that acts
 * ("the public", "the courts", "the government") or a word for someone by what they do ("engineers",
 * "surveyors", "historians", "fishermen"). General English.
 */
const PERSON_WORDS = new RegExp(`\\b${PERSON_NOUN}s?\\b|\\b(?:public|individuals?|society|crew|team|army|forces|troops|police|staff|government|authorities|states|powers|council|committee|company|courts?|parliament|congress|residents?|locals|neighbou?rs?|nurses?|citizens?|villagers?|patients?|parents?|voters?|volunteers?|guests?)\\b|[a-z]*(?:children|people)\\b|\\b(?!${NOT_PEOPLE}\\b)[a-z]{3,}(?:ers|ors|ists|ians)\\b|\\b[a-z]*(?:wo)?men\\b(?<!(?:speci|ye|abdo|regi|\\bo|\\ba|sta|\\bhy|\\bse|acu|albu|bitu)men)|\\b[a-z]*folk\\b`, 'gi')

/** "Who designed…", "Who first detected…": the deed a "who" asks about, the past-tense verb right after it. */
const WHO_DEED = /^(?:and |so )?who (?:(?:first|originally|actually|eventually|later|finally|once|also|then) )?([a-z]+ed)\b/i

/**
 * How near in meaning (word vectors) a word must be to stand for the deed asked about: "establish" for
 * "founded", not "join" (0.66). Swept on the readers' SQuAD questions and reader-more: with every
 * neighbour 452 and 115 right, from 0.65 to 0.7 454 and 115, from 0.75 up 454 and 114.
 */
const NEAR_DEED = 0.7

/**
 * Whether the answer's sentences tell the deed a "who" asks about, in the question's word or one near
 * it in meaning, or name a person or body who may have done it in other words ("Jean Ribault charted the
 * river", for "Who mapped the river?"). "Who discovered ozone?" is not answered by a sentence on
 * what ozone absorbs, whatever names it holds.
 */
function doesDeed(index: CorpusIndex, analysis: QuestionAnalysis, sentences: readonly Sentence[]): boolean {
  const verb = WHO_DEED.exec(analysis.question)?.[1]
  const term = verb && analysis.terms.find((t) => t.word === verb.toLowerCase())
  if (!term) return true
  const forms = new Set([term.stem, ...term.expansions.map(([s]) => s), ...term.similar.filter(([, w]) => w >= NEAR_DEED).map(([s]) => s)])
  return sentences.some((s) => index.stemsOf(s.id).some((stemmed) => forms.has(stemmed)) || namesNewPerson(index, s, analysis))
}

/** Whether a sentence names a person the question does not ("Jean Ribault charted the river", for "Who mapped the river?"), or a body as the one by whom it was done. */
function namesNewPerson(index: CorpusIndex, sentence: Sentence, analysis: QuestionAnalysis): boolean {
  const tokens = index.tokens.get(sentence.id)
  if (!tokens) return false
  const isNew = (i: number) => !analysis.stems.has(tokens.stems[i])
  // A body by name is the doer when the sentence says it did it: "was paid for by the Harbour Trust".
  const byAt = tokens.stems.flatMap((s, i) => (s === 'by' ? [i] : []))
  return [...tokens.classes].some((c, i) => isNew(i) && (c === 'P' || (/[OC]/.test(c) && byAt.some((b) => i > b && i - b <= 3))))
}

/**
 * Whether a sentence names someone the question does not: a person, a body or a place by name, or a
 * word for people ("Cost engineers and estimators apply expertise…"). "Who drafted the plan?" is not
 * answered by "The plan that the delegates agreed to was never ratified", which names no one new.
 */
function givesSomeone(index: CorpusIndex, sentence: Sentence, analysis: QuestionAnalysis): boolean {
  const tokens = index.tokens.get(sentence.id)
  if (!tokens) return true
  const isNew = (stemmed: string) => !analysis.stems.has(stemmed)
  if ([...tokens.classes].some((c, i) => /[PCOLA]/.test(c) && isNew(tokens.stems[i]))) return true
  // A name that opens the sentence, which the tagger reads as any capitalised first word ("Euclid demonstrated…").
  const first = /^\p{Lu}\p{Ll}+/u.exec(sentence.text)?.[0].toLowerCase()
  if (first && index.properNouns.has(first) && isNew(stem(first))) return true
  return (sentence.text.match(PERSON_WORDS) ?? []).some((word) => isNew(stem(word.toLowerCase())))
}

/** The role heads what is named: not "the course the fighters took", nor "the soldiers' training course". */
const NAMED_ROLE = new RegExp(`\\bname of (?:(?:the|a|an|his|her|its|their|[A-Z][\\w-]*'s?) )?(?:(?!(?:the|a|an|his|her|its|their) )[\\w-]+ ){0,2}(${PERSON_NOUN})s?\\b(?!['’-])(?! (?:${PERSON_NOUN}|course|group|unit|camp|school|program|programme)\\b)|(?<![\\w-])(${PERSON_NOUN})'s name\\b`, 'i')

/**
 * What a question asking for a person's name names them by: a role ("What was the name of Ammar's
 * commanding officer?", "What's the name of Sami's older brother?") or the part of the name it has
 * ("What is Hossam's last name?"). Not "the name of the stadium".
 */
function personNameAsked(question: string): { role: string } | { name: string } | undefined {
  const role = NAMED_ROLE.exec(question)
  if (role) return { role: stem((role[1] ?? role[2]).toLowerCase()) }
  const part = /\b([A-Z][\w-]+)'s? (?:last|family|first|full|sur|given|real) ?name\b/.exec(question)
  return part ? { name: stem(part[1].toLowerCase()) } : undefined
}

/** How near a name stands to the role it names ("his brother Murad", "Sami, a child soldier"), in words. */
const NAME_WINDOW = 4

/**
 * Whether a sentence gives the name asked: a person's or proper name the question lacks, beside the
 * role ("his brother Murad") or right after the name whose other part is asked ("Hossam al-Ahmad").
 */
function givesName(index: CorpusIndex, sentence: Sentence, analysis: QuestionAnalysis, asked: { role: string } | { name: string }): boolean {
  const tokens = index.tokens.get(sentence.id)
  if (!tokens) return false
  const isNewName = (i: number) => (tokens.classes[i] === 'P' || tokens.classes[i] === 'C') && !analysis.stems.has(tokens.stems[i])
  // Someone described by what they did ("the player who took the ball away") is named where the deed
  // is told, without the role: a sentence that never says the role may name them anywhere.
  if ('role' in asked && !tokens.stems.includes(asked.role)) return [...tokens.classes].some((c, i) => c === 'P' && isNewName(i))
  return tokens.stems.some((s, at) => {
    // The rest of a name stands just after the part the question has ("Hossam al-Ahmad") or before it ("Bashar al-Assad").
    if ('name' in asked) return s === asked.name && [at - 2, at - 1, at + 1, at + 2].some((i) => i >= 0 && isNewName(i))
    if (s !== asked.role) return false
    for (let i = Math.max(0, at - NAME_WINDOW); i <= at + NAME_WINDOW && i < tokens.stems.length; i++) if (isNewName(i)) return true
    return false
  }) || ('role' in asked && namedAfterIntroduction(sentence.text, asked.role, analysis))
}

/** A sentence that opens by describing someone and then names them: "A former law student from Deir Ezzor, Ammar had…". */
function namedAfterIntroduction(text: string, role: string, analysis: QuestionAnalysis): boolean {
  const opening = /^([^,;:.]{0,120}), (?:[a-z]+ )?([A-Z][\w-]+)/.exec(text)
  return opening !== null && tokenize(opening[1]).some((t) => t.stem === role) && !analysis.stems.has(stem(opening[2].toLowerCase()))
}

/** Question types whose answer is a figure. */
const FIGURE_TYPES = new Set<QuestionType>(['howmany', 'percent', 'howold'])

/** The words that ask for a figure outright, not a head noun that might ("what area"). */
const FIGURE_ASKED = /\bhow many\b|\bwhat number of\b|\bhow old\b|\bwhat age\b|\bpercent/
/** The size of a change: "By how much did prices rise?", "by what percentage". */
const BY_HOW_MUCH = /\bby how (?:much|many)\b|\bby what (?:amount|margin|percentage|share|factor)\b/i
/** The size of a change, in digits or in words ("doubled", "by half", "threefold"). */
const CHANGE_SIZE = /\d|\b(?:doubled|tripled|quadrupled|halved|half|twice|thrice|\w+fold)\b/i
/** Amounts in words that answer "how many" without a number: "several", "a few", "none", "hundreds". */
const AMOUNT_WORDS = /\b(?:several|few|none|no|dozens?|hundreds|thousands|millions|billions|handful|couple|both|single|once|twice|many|numerous|half|third|quarter)\b/i

/** An auxiliary verb, where the words a "how many" counts end ("how many fighters *did*…"). */
const AUXILIARY = new RegExp(`^(?:${AUX})$`, 'i')

/**
 * The thing a "how many" counts: among the content words right after it, the first plural that names
 * no one ("how many foreign fighters does…" → "fighter", "how many of Ammar's friends did…" → "friend",
 * "how many friends joined ISIS…" → "friend"), else the first ("how many people…" → "person").
 */
function countedNoun(index: CorpusIndex, question: string): string | undefined {
  const words = /\bhow many (?:of (?:the |his |her |its |their )?)?((?:[\w'-]+ ?){1,6})/i.exec(question)?.[1].split(' ').filter(Boolean) ?? []
  const end = words.findIndex((w) => !isContentWord(w.toLowerCase().replace(/'s?$/, '')) || AUXILIARY.test(w))
  // Names and their possessives ("Ammar's", "ammars", "Sami's") say whose, not what is counted.
  const run = words.slice(0, end < 0 ? undefined : end).filter((w) => !/'/.test(w) && !/^[A-Z]/.test(w) && !index.properNouns.has(stem(w.toLowerCase())) && !index.properNouns.has(w.toLowerCase().replace(/s$/, '')))
  const head = run.find((w) => /[^su]s$/i.test(w)) ?? run[0]
  return head ? stem(head.toLowerCase()) : undefined
}

/** How far before what it counts a figure may stand ("39 of the 43 previous Super Bowl Most Valuable Players"), in words; after it, two. */
const COUNT_WINDOW = 7

/**
 * Whether a sentence's figure counts the thing asked about: when the sentence names that thing, a
 * figure stands just before or after it ("He watched ISIS execute friends…, who are often paid two or
 * three times as much" counts no friends); a sentence that never names it may count it in its own words.
 */
function countsNoun(index: CorpusIndex, sentence: Sentence, counted: string | undefined, analysis: QuestionAnalysis): boolean {
  const tokens = index.tokens.get(sentence.id)
  if (!counted || !tokens) return true
  const term = analysis.terms.find((t) => t.stem === counted)
  const names = new Set([counted, ...(term?.expansions.map(([s]) => s) ?? [])])
  const at = tokens.stems.flatMap((s, i) => (names.has(s) ? [i] : []))
  if (at.length === 0) return true
  const words = tokenize(sentence.text).map((t) => t.word)
  const isFigure = (i: number) => /[N$%Y]/.test(tokens.classes[i] ?? '') || /\d/.test(words[i] ?? '') || Object.hasOwn(CARDINALS, words[i] ?? '') || AMOUNT_WORDS.test(words[i] ?? '')
  return at.some((k) => {
    for (let i = Math.max(0, k - COUNT_WINDOW); i <= k + 2 && i < tokens.stems.length; i++) if (i !== k && isFigure(i)) return true
    return false
  })
}

/** A question that asks for precision: "exactly", "precisely", "the exact number". General English. */
const EXACT = /\b(?:exact(?:ly)?|precise(?:ly)?)\b/i
/** A question that asks for a figure in so many words: "What is Syria's unemployment rate, as a number?", "the exact number of…". */
const AS_A_NUMBER = /\bas an? (?:number|figure|percentage)\b|\bexact (?:number|figure|amount|count|total|sum)\b/i

/** "How much … earn / pay / cost / spend", "how much money": a question whose figure is an amount of money. General English. */
const MONEY_ASKED = /\bhow much (?!time\b)(?:money\b|(?:\S+ ){0,6}?(?:cost|costs|pay|paid|pays|earn|earned|earns|charge|charged|spend|spent|make|makes|made)\b)|\bin (?:dollars|euros|pounds)\b/i
/** Currencies by name ("pounds" alone may weigh: only "pounds sterling" is money for sure). General English. */
const CURRENCY_WORDS = 'dollars?|euros?|cents?|pence|francs?|yen|yuan|rupees?|rubles?|roubles?|liras?|dinars?|dirhams?|riyals?|pesos?|shillings?'
/** A currency sign or word. */
const CURRENCY = new RegExp(`[$€£¥₹]|\\b(?:${CURRENCY_WORDS}|pounds? sterling|marks)\\b|\\bUS\\$|\\b(?:USD|EUR|GBP)\\b`, 'i')
/** A sum in words a question may ask "how many" of ("how many dollars", "how many pounds"). */
const MONEY_WORD = new RegExp(`\\b(?:${CURRENCY_WORDS}|pounds?)\\b`, 'i')
/** A share in words or signs: "60 percent", "5%". */
const PERCENT = /\bper ?cent\b|%/i
/** A question about a share: "what percent", "what percentage", "in %". */
const PERCENT_ASKED = /\bper ?cent|%/i
/** An amount of money or a percentage in a text ("$30,000", "40 dollars", "64 percent"): figures that do not count things. */
const NOT_A_COUNT = new RegExp(`(?:[$€£¥]|US\\$)\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|thousand|bn|m|k)\\b)?|\\d[\\d,.]*\\s?(?:%|per ?cent\\b)|\\b[\\d,.]+\\s?(?:million |billion |thousand )?(?:${CURRENCY_WORDS}|pounds?)\\b`, 'gi')

/**
 * Years and dates: "in 1985", "the 1990s", "October 16, 2012", "16 October". They place things in time
 * and count nothing. A four-digit figure is a year after a word that places it ("in", "since", "the"),
 * unless it counts a plural right after it ("in 2000 households"); "up to 2000 people", "some 1013
 * times" and "1500 Marines" are counts. Month names count only capitalised ("20 may attend" counts).
 */
const CAPITAL_MONTH = `(?:${MONTH_NAMES.join('|')})`
const NOT_A_COUNT_TIME = new RegExp([
  // "the 1990s", "'80s"
  String.raw`\b${YEAR_DIGITS}s\b|['’]\d0s\b`,
  // "in 1985", "since 1990", "the 1960 final"; not "in 2000 households", which counts
  String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Cc]irca|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)\s)${YEAR_DIGITS}\b(?!\s+(?!(?:as|was|has|his|this|its|is|us|thus)\b)[a-z]{2,}s\b)`,
  // "(1850)"
  String.raw`\(${YEAR_DIGITS}\)`,
  // "October 16, 2012", "May 1985", "16 October 2012"
  String.raw`\b${CAPITAL_MONTH}\s+(?:\d{1,2}(?:,\s*\d{4})?|\d{4})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${CAPITAL_MONTH}(?:\s+\d{4})?\b`,
].join('|'), 'g')

/** Whether a sentence gives an amount of money, or a change in one ("cut by 50 percent", "paid twice as much"). */
function holdsMoney(index: CorpusIndex, sentence: Sentence): boolean {
  return /[$%]/.test(index.tokens.get(sentence.id)?.classes ?? '') || CURRENCY.test(sentence.text) || PERCENT.test(sentence.text) || /\b(?:times|twice|half|double|triple)\b/i.test(sentence.text)
}

/** Whether a sentence counts something: a number that is not a percentage or an amount of money, or a word for a count ("dozens", "several"). */
function holdsCount(sentence: Sentence): boolean {
  const text = sentence.text.replace(NOT_A_COUNT, ' ').replace(NOT_A_COUNT_TIME, ' ')
  return holdsExactFigure(text) || AMOUNT_WORDS.test(text)
}

/** Whether a sentence gives a share: a percentage or a fraction ("half", "a third", "one in five"). */
function holdsShare(index: CorpusIndex, sentence: Sentence): boolean {
  return /%/.test(index.tokens.get(sentence.id)?.classes ?? '') || PERCENT.test(sentence.text) || /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|\b(?:one|two|three|\d{1,2}) (?:in|out of) (?:\d{1,4}|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundred)\b/i.test(sentence.text)
}

/** Whether a text states a figure exactly: in digits or a number word, not "hundreds" or "many". */
function holdsExactFigure(text: string): boolean {
  return /\d/.test(text) || text.toLowerCase().split(/\W+/).some((w) => Object.hasOwn(CARDINALS, w))
}

/** Whether a sentence states a figure: a number, an amount, a share or a year, in digits or words. */
function holdsFigure(index: CorpusIndex, sentence: Sentence): boolean {
  return /[N$%Y]/.test(index.tokens.get(sentence.id)?.classes ?? '') || holdsExactFigure(sentence.text) || AMOUNT_WORDS.test(sentence.text)
}

/**
 * The sentences an answer quotes, in groups that each get a citation: the best sentence (with the one
 * before it when it leans on it) and, when the ranker is unsure of it, the runner-up too.
 */
export function answerParts(index: CorpusIndex, ranked: readonly RankedSentence[], type: QuestionType, secondBelow = index.artifact.model.secondBelow, answered?: ReadonlySet<string>): Sentence[][] {
  const [best, runnerUp] = ranked
  if (!best) return []
  const parts = [chooseSentences(index, best, type, answered)]
  // The runner-up's neighbours may be sentences the first part already quotes: each sentence is quoted once.
  const second = runnerUp && best.probability < secondBelow && !parts[0].includes(runnerUp.sentence) ? chooseSentences(index, runnerUp, type, answered).filter((s) => !parts[0].includes(s)) : []
  if (second.length) parts.push(second)
  return parts
}

/** A sentence that leans on the one before: a pronoun among its first words, or a name given to something just introduced ("as ISIS calls them"). */
const ANAPHOR = /^(?:\S+\s+){0,3}?(?:he|she|it|they|them|this|these|those|his|her|its|their|such)\b|^(?:\S+\s+){0,8}?as \S+ (?:calls?|called|dubs?|dubbed|describes?) (?:them|it|him|her)\b/i

/**
 * The sentences that make the answer, in reading order: the best one; the one before it when the best
 * opens by referring back to it ("He turned to ISIS…", "This was…") or is a "why" that gives no reason;
 * and for a "why" or a "how", the one after it.
 */
function chooseSentences(index: CorpusIndex, best: RankedSentence, type: QuestionType, answered?: ReadonlySet<string>): Sentence[] {
  const passage = index.passageOf(best.sentence.id)
  const at = passage.sentences.findIndex((s) => s.id === best.sentence.id)
  const chosen = [best.sentence]
  // A neighbour the conversation was just given is not quoted again.
  const fits = (s: Sentence) => !answered?.has(s.id) && wordCount(s.text) + chosen.reduce((n, c) => n + wordCount(c.text), 0) <= MAX_WORDS
  const previous = passage.sentences[at - 1]
  if (previous && ANAPHOR.test(best.sentence.text) && fits(previous)) chosen.unshift(previous)
  // A reason or a mechanism often goes on in the next sentence ("… oxygen masks drop." → "… forces iron
  // filings into the sodium chlorate …"): an explanation quotes it too while the answer stays short.
  // (Adding it only when it opened with a pronoun or a cause word answered 9 fewer of the readers'
  // "how" and "why" questions about the SQuAD articles and the bundled one, and no more of any other set.)
  const next = passage.sentences[at + 1]
  // A "why" whose best sentence gives no reason has it next when the next gives a cause or someone's words
  // ("… a conversation between a tribal leader and an ISIS official." → "The tribal leader retorted, “…”"),
  // else most likely just before ("The final straw was his commanding officer's decision to redeploy him…"
  // → "Soon after…, Ammar fled to Turkey."). The nearer reason goes first; the other while it fits.
  const givesCause = (s: Sentence) => index.stemsOf(s.id).some((stem) => CAUSE_STEMS.has(stem))
  // A sentence that opens with its consequence ("As a result, …", "Therefore, …") has its reason just before.
  const reasonBefore = type === 'why' && previous !== undefined && (RESULT_OPENING.test(best.sentence.text) || (!givesCause(best.sentence) && !(next && (givesCause(next) || /[“"]/.test(next.text)))))
  if (reasonBefore && chosen[0] !== previous && fits(previous)) chosen.unshift(previous)
  if (next && (EXPLAINING.has(type) || opensQuote(best.sentence.text)) && fits(next)) chosen.push(next)
  // A "why" whose best sentence and next give no reason may have it one further on, past someone's
  // words ("… because they feel that ISIS is losing. As one deserter said, “…” He fled to Turkey because …").
  const after = passage.sentences[at + 2]
  if (type === 'why' && chosen.at(-1) === next && after && isMostlyQuotation(next.text) && !givesCause(next) && givesCause(after) && fits(after)) chosen.push(after)
  return chosen
}

/** Someone's words, more than a phrase quoted in passing: at least this share of the sentence is inside quotation marks. */
const QUOTATION_SHARE = 0.3

/** A sentence that is mostly someone's words ("As one deserter said, “They are growing weaker by the day.”"). */
function isMostlyQuotation(text: string): boolean {
  const quoted = [...text.matchAll(/[“"]([^”"]*)[”"]?/g)].reduce((n, m) => n + m[1].length, 0)
  return quoted >= QUOTATION_SHARE * text.length
}

/** A sentence that opens a quotation the next one closes ("As Ammar said, “The whole world had turned its back on Syria."). */
function opensQuote(text: string): boolean {
  if ((text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0)) return true
  // Straight quotes: an odd number, the last of them opening (after a space), not closing one begun before.
  return (text.match(/"/g)?.length ?? 0) % 2 === 1 && /(?:^|\s)"[^"]*$/.test(text)
}

/** An opening that presents the sentence as the outcome of what came before. */
const RESULT_OPENING = /^(?:as a (?:result|consequence)|therefore|thus|hence|consequently|accordingly|for (?:this|that|these|those) reasons?|because of (?:this|that)|that is why|this is why|so(?![- ](?:far|called|much|many|long|often|too|that)\b))\b/i

/** Question types whose answer is an explanation, which runs over two sentences when they fit. */
const EXPLAINING: ReadonlySet<QuestionType> = new Set(['why', 'how'])

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
