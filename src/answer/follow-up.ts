import { findEntities } from '../index/entities'
import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
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
}

const PRONOUN = /\b(he|him|his|she|her|they|them|their)\b/i
const ELLIPSIS = /^(?:and|what about|how about|and what about|what of|same for|and for)\b\s*(.*?)\??$/i

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
  const entities = index.artifact.entities
  const earlier = previous.question

  // A numeric follow-up ("and per year?", "with the cut?", "what if he has two children?"), or a
  // comparison with the groups the conversation has been about: the earlier program, changed.
  const numeric = carryNumeric(index, question, previous) ?? compareFollowUp(index, question, previous)
  if (numeric) return numeric

  // "And the Syrian army?": the new subject takes the earlier one's place.
  const ellipsis = ELLIPSIS.exec(question)
  if (ellipsis && ellipsis[1] && ellipsis[1].split(' ').length <= 6) {
    const subject = ellipsis[1]
    const earlierSubject = findEntities(earlier, entities)[0] ?? personIn(index, earlier)
    if (earlierSubject) {
      // "the FSA" → "Nusra", not "the Nusra": the new subject brings its own article, or none.
      const head = earlier.slice(0, earlierSubject.start).replace(/\bthe $/i, /^(?:the\s|[A-Z])/.test(subject) ? '' : 'the ')
      const rewritten = `${head}${subject}${earlier.slice(earlierSubject.end)}`
      return { question: rewritten, readAs: rewritten, numeric: readNumericQuestion(rewritten) }
    }
  }

  // "Where did he flee to?": the pronoun stands for the person or group asked about before.
  const pronoun = PRONOUN.exec(question)
  // A group named as the object ("what did he say about the muhajireen?") does not replace the person.
  if (pronoun && !personIn(index, question)) {
    const referent = referentOf(index, earlier) ?? referentOf(index, previousAnswer)
    if (referent) {
      const possessive = /^(his|her|their)$/i.test(pronoun[1])
      const rewritten = `${question.slice(0, pronoun.index)}${referent}${possessive ? "'s" : ''}${question.slice(pronoun.index + pronoun[0].length)}`
      return { question: rewritten, readAs: rewritten, numeric: readNumericQuestion(rewritten) }
    }
  }
  return { question, numeric: readNumericQuestion(question) }
}

/** The first person the article names that a text mentions, with where. */
function personIn(index: CorpusIndex, text: string): { start: number; end: number; name: string } | undefined {
  let best: { start: number; end: number; name: string } | undefined
  for (const name of index.artifact.people) {
    const at = text.indexOf(name)
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + name.length, name }
  }
  return best
}

/** Who a pronoun in the next question would refer to: a person named in the text, else a group. */
function referentOf(index: CorpusIndex, text: string): string | undefined {
  const person = personIn(index, text)
  if (person) return person.name
  const entity = findEntities(text, index.artifact.entities)[0]
  return entity ? text.slice(entity.start, entity.end) : undefined
}
