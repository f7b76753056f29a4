import { findEntities } from '../index/entities'
import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { indexTerms } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import { ellipsisSubject, rewriteEllipsis, rewritePronoun, rewriteWhoSaid, rewriteWhy, tidy } from './rewrite-follow-up'
import { type NumericQuestion, readNumericQuestion } from '../rules/numeric-question'
import { carryNumeric, compareFollowUp } from './numeric-follow-up'

/** An earlier turn of the conversation, as the client sends it back. */
export interface Turn {
  role: 'user' | 'assistant'
  content: string
}

/** A question read in the light of the conversation. */
export interface ResolvedQuestion {
  /** The question as it stands alone ("Where did Ammar flee to?"). */
  question: string
  /** Set when the question was rewritten: how the assistant read it. */
  readAs?: string
  /** For a numeric follow-up ("What if he has two children?"): the earlier question's reading, updated. */
  numeric?: NumericQuestion
  /** The groups the conversation has asked about so far, in order (for "which of the two pays more?"). */
  groups?: string[]
  /** For an elliptical "And now?" / "What about Sami?": the stems of what it asks the earlier question of instead ("now", "sami"). */
  instead?: string[]
}


/**
 * Resolves what a follow-up leaves out, from the earlier user turns (each resolved in turn, so chains
 * of follow-ups work): a pronoun becomes the person or group last asked about, an elliptical "And the
 * Syrian army?" takes the place of the earlier question's subject, and a numeric "What if he has two
 * children?" updates the earlier pay question. The server keeps no state: all of it comes from `history`.
 *
 * @example resolveFollowUp(index, 'Where did he flee to?', [{ role: 'user', content: 'Who is Ammar?' }]).question
 *   // => 'Where did Ammar flee to?'
 */
export function resolveFollowUp(index: CorpusIndex, question: string, history: readonly Turn[]): ResolvedQuestion {
  let previous: ResolvedQuestion | undefined
  let previousAnswer = ''
  for (const turn of history) {
    if (turn.role === 'user') previous = resolveOne(index, turn.content, previous, previousAnswer)
    else previousAnswer = turn.content
  }
  return resolveOne(index, question, previous, previousAnswer)
}

function resolveOne(index: CorpusIndex, raw: string, previous: ResolvedQuestion | undefined, previousAnswer: string): ResolvedQuestion {
  const resolved = resolveTurn(index, raw, previous, previousAnswer)
  const named = resolved.numeric ? findEntities(resolved.question, index.artifact.entities).map((m) => m.id) : []
  const groups = [...new Set([...(previous?.groups ?? []), ...named])]
  return { ...resolved, groups }
}

function resolveTurn(index: CorpusIndex, raw: string, previous: ResolvedQuestion | undefined, previousAnswer: string): ResolvedQuestion {
  const question = foldText(raw).replace(/\s+/g, ' ').trim()
  if (!previous) return { question, numeric: readNumericQuestion(question) }
  const earlier = previous.question

  // A numeric follow-up ("and per year?", "with the cut?", "what if he has two children?"), or a
  // comparison with the groups the conversation has been about: the earlier program, changed.
  const numeric = carryNumeric(index, question, previous) ?? compareFollowUp(index, question, previous)
  if (numeric) return numeric

  // "Why?", "Who said that?", "And now?", "And Sami?", "Where did he flee to?": the general shapes of follow-ups.
  const shaped = rewriteWhy(question, earlier) ?? rewriteWhoSaid(question, previousAnswer, earlier)
  const ellipsis = shaped ? undefined : rewriteEllipsis(index, question, earlier)
  const found = shaped ?? ellipsis ?? rewritePronoun(index, question, earlier, previousAnswer)
  const rewritten = found && tidy(found)
  if (!rewritten) return { question, numeric: readNumericQuestion(question) }
  // What the elliptical follow-up brings that the earlier question lacked: "foreign" in "And the foreign fighters?" after "… its Syrian fighters?".
  const earlierStems = new Set(indexTerms(earlier))
  const instead = ellipsis ? indexTerms(ellipsisSubject(question) ?? '').filter((s) => !earlierStems.has(s)) : undefined
  return { question: rewritten, readAs: rewritten, numeric: readNumericQuestion(rewritten), ...(instead ? { instead } : {}) }
}

/**
 * The sentences the conversation's last answer quoted: a follow-up most likely asks about their passages
 * ("Why did Ammar leave ISIS?" → "Where was he about to be sent?").
 */
export function quotedSentences(index: CorpusIndex, history: readonly Turn[]): Sentence[] {
  const last = history.findLast((turn) => turn.role === 'assistant')?.content ?? ''
  if (last.length < MIN_QUOTED) return []
  return [...index.sentences.values()].filter((sentence) => sentence.text.length >= MIN_QUOTED && last.includes(sentence.text))
}

/**
 * The sentences the conversation's last answer quoted (`quoted`) that do not speak of `instead`: an elliptical
 * follow-up ("And what about now?", "And the FSA?") asks for something other than those, unless the
 * sentence already quoted speaks of the new subject too ("The FSA pays $36 … the Syrian army $63 …").
 */
export function answeredAlready(index: CorpusIndex, quoted: readonly Sentence[], instead: readonly string[]): Set<string> {
  return new Set(quoted.filter((s) => { const stems = new Set(index.stemsOf(s.id)); return !instead.some((x) => stems.has(x)) }).map((s) => s.id))
}

/** Sentences shorter than this are not taken as quoted ("Yes." is in every answer). */
const MIN_QUOTED = 20
