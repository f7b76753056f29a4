import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { isContentWord, tokenize } from '../index/tokenize'
import { citeSentence } from '../retrieve/citation'
import type { Answer } from './answer-question'

/** A question about where the article's information comes from: its evidence, sources, data, method. General English. */
const ASKS_SOURCE = /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:evidence|sources?|data|research|methods?|methodology)\b|\bbased on\b|\brel(?:y|ies|ied) on\b|\bdraws? on\b|\bhow do(?:es)? (?:the |this )?(?:authors?|writers?|article) know\b/i
const ABOUT_DOCUMENT = /\b(?:authors?|writers?|article|piece|essay|report|journalists?)\b/i
/** A yes/no question ("Is the article based on interviews?") wants a verdict, not a list: retrieval answers it. */
const YES_NO = /^(?:is|are|was|were|do|does|did|can|could|has|have|had)\b/i
/**
 * The words such a question may use besides its question words. Anything else is a topic ("What
 * evidence does the article give that ISIS is weakening?"), which retrieval answers.
 */
const GENERIC = new Set('kind kinds type types sort evidence source sources data research method methods methodology author authors writer writers article piece essay report journalist journalists rely relies relied use uses used draw draws based base back backs claim claims support supports argument arguments know knows information get gets come comes interview interviews interviewed fieldwork reporting conclusion conclusions finding findings main mostly primarily mainly'.split(' '))

/** A sentence telling where information comes from, by general cues, with how strongly each counts. */
const CUES: [RegExp, number][] = [
  // The authors' own reporting: "We spoke with eight former fighters", "I interviewed…".
  [/\b(?:we|i)\s+(?:\w+\s+){0,2}?(?:spoke|speak|talked|interviewed|met|visited|surveyed|analy[sz]ed|reviewed|examined|obtained|collected|observed)\b/i, 3],
  [/\binterview(?:s|ed)?\b/i, 2],
  // "according to official documents", not "governed according to Islamic law".
  [/\baccording to\b(?!(?:\s+\S+){0,2}\s+(?:law|laws|sharia|rules?|principles?|traditions?|plan|plans|schedule|theory|custom)\b)/i, 2],
  [/\b(?:documents?|data|statistics|surveys?|stud(?:y|ies)|census|reports?|reported(?:ly)?|estimates?|sources?|testimon(?:y|ies)|archives?)\b/gi, 1],
]
/** A sentence must score at least this to be quoted as a source. */
const MIN_SCORE = 2
const MAX_SENTENCES = 3
const MAX_WORDS = 90

/**
 * Answers "What evidence do the authors rely on?", "How do the authors know?", "What sources does the
 * article use?" with the sentences that say where its information comes from (the authors' own
 * interviews, documents, data, reports), in reading order, each cited. Questions with a topic of
 * their own, and articles that never say, are left to retrieval.
 *
 * @example answerSources(index, 'What kind of evidence do the authors rely on?')?.answer // => 'The article draws on: … We spoke with eight former ISIS fighters in Turkey … [1] …'
 */
export function answerSources(index: CorpusIndex, question: string): Answer | undefined {
  const text = foldText(question)
  if (!ASKS_SOURCE.test(text) || !ABOUT_DOCUMENT.test(text) || YES_NO.test(text.trim())) return undefined
  if (tokenize(text).some((t) => isContentWord(t.word) && !GENERIC.has(t.word))) return undefined
  // Words inside quotation marks are someone else's ("“We met every morning,” the captain said"), not the authors' reporting.
  const scored = [...index.sentences.values()].map((s) => {
    const own = s.text.replace(/[“"][^”"]*[”"]?/g, ' ')
    return { sentence: s, score: CUES.reduce((sum, [cue, weight]) => sum + weight * (own.match(cue)?.length ?? 0), 0) }
  })
  const ranked = scored.filter((s) => s.score >= MIN_SCORE).sort((a, b) => b.score - a.score || (index.position.get(a.sentence.id) ?? 0) - (index.position.get(b.sentence.id) ?? 0))
  const chosen: typeof ranked = []
  let words = 0
  for (const s of ranked) {
    const n = s.sentence.text.split(/\s+/).length
    if (chosen.length >= MAX_SENTENCES || words + n > MAX_WORDS || chosen.some((c) => c.sentence.passageId === s.sentence.passageId)) continue
    chosen.push(s)
    words += n
  }
  if (chosen.length === 0) return undefined
  chosen.sort((a, b) => (index.position.get(a.sentence.id) ?? 0) - (index.position.get(b.sentence.id) ?? 0))
  return {
    answer: `The article draws on: ${chosen.map((c, i) => `${c.sentence.text} [${i + 1}]`).join(' ')}`,
    abstained: false,
    citations: chosen.map((c) => citeSentence(index, c.sentence.id)),
  }
}
