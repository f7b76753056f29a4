import { findEntities } from '../index/entities'
import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { rewriteEllipsis, rewritePronoun, rewriteWhoSaid, rewriteWhy, tidy } from './rewrite-follow-up'
import { measureOf, type NumericQuestion, parseNumericQuestion, readDependants, readModifiers } from '../rules/parse-numeric-question'

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
  const groups = [...new Set([...(previous?.groups ?? []), ...(resolved.numeric?.entities ?? [])])]
  return { ...resolved, groups }
}

function resolveTurn(index: CorpusIndex, raw: string, previous: ResolvedQuestion | undefined, previousAnswer: string): ResolvedQuestion {
  const question = foldText(raw).replace(/\s+/g, ' ').trim()
  if (!previous) return { question, numeric: parseNumericQuestion(question, index.artifact.entities) }
  const entities = index.artifact.entities
  const earlier = previous.question

  // A numeric follow-up: the earlier pay question, with this turn's family, cut, period or figure.
  const lowerQuestion = question.toLowerCase()
  const own = readModifiers(lowerQuestion)
  const ownMeasure = measureOf(lowerQuestion, /\b(?:cut|cuts|slash\w*|reduc\w*|halved)\b/.test(lowerQuestion), own.family)
  const modifies = Boolean(own.family || own.cut || own.span || own.period !== 'month' || ownMeasure.startsWith('allowance'))
  if (previous.numeric && modifies && findEntities(question, entities).length === 0) {
    // "and with three kids too?" adds to the earlier family; kinds it does not name stay as they were.
    const added = readDependants(question.toLowerCase())
    const before = previous.numeric.family ?? { wives: 0, parents: 0, children: 0 }
    const numeric: NumericQuestion = {
      ...previous.numeric,
      family: added ? { wives: added.wives ?? before.wives, parents: added.parents ?? before.parents, children: added.children ?? before.children } : previous.numeric.family,
      cut: own.cut ?? previous.numeric.cut,
      period: own.period !== 'month' ? own.period : previous.numeric.period,
      measure: own.family ? 'salary' : ownMeasure.startsWith('allowance') ? ownMeasure : previous.numeric.measure,
    }
    const fragment = question.replace(/^(?:and|but)\s+/i, '').replace(/^(?:what if|what about if)\s*/i, 'if ').replace(/^(?:what|how much) (?:is|would be|does) (?:that|it|this)\s*/i, '').replace(/\?$/, '')
    const readAs = `${earlier.replace(/\?$/, '')}, ${fragment.charAt(0).toLowerCase()}${fragment.slice(1)}?`
    return { question: readAs, readAs, numeric }
  }

  // "Which of the two pays more?": a comparison of the groups the conversation has been about.
  if (previous.numeric && (previous.groups?.length ?? 0) >= 2 && findEntities(question, entities).length === 0 &&
    /\b(?:which|who)\b.*\b(?:more|most|less|least|better|worse|higher|lower)\b|\b(?:compare|comparison|difference)\b/i.test(question)) {
    const groups = (previous.groups as string[]).slice(/\btwo\b|\bboth\b/i.test(question) ? -2 : 0)
    const operation = /\b(?:less|least|worse|lower)\b/i.test(question) ? 'min' : /\b(?:more|most|better|higher)\b/i.test(question) ? 'max' : 'difference'
    const names = groups.map((g) => entities.find((e) => e.id === g)?.name ?? g)
    const readAs = `${question.replace(/\?$/, '')} (${names.join(' or ')})?`
    return { question: readAs, readAs, numeric: { ...previous.numeric, operation, entities: groups } }
  }

  // "How does that compare with the FSA?": the earlier pay question against a new group.
  const named = findEntities(question, entities).map((m) => m.id)
  if (previous.numeric && named.length && /\b(?:compare[sd]?|comparison|versus|vs\.?|against|than|difference)\b/i.test(question)) {
    const before = previous.numeric.entities.length ? previous.numeric.entities : ['isis']
    const numeric: NumericQuestion = { ...previous.numeric, operation: 'difference', entities: [...before.filter((e) => !named.includes(e)).slice(0, 1), named[0]] }
    const readAs = `${earlier.replace(/\?$/, '')}, compared with ${entities.find((e) => e.id === named[0])?.name ?? named[0]}?`
    return { question: readAs, readAs, numeric }
  }

  // "Why?", "Who said that?", "And now?", "And Sami?", "Where did he flee to?": the general shapes of follow-ups.
  const found = rewriteWhy(question, earlier) ?? rewriteWhoSaid(question, previousAnswer, earlier) ?? rewriteEllipsis(index, question, earlier) ?? rewritePronoun(index, question, earlier, previousAnswer)
  const rewritten = found && tidy(found)
  if (rewritten) return { question: rewritten, readAs: rewritten, numeric: parseNumericQuestion(rewritten, entities) }
  return { question, numeric: parseNumericQuestion(question, entities) }
}
