import type { CorpusIndex } from '../index/corpus-index'
import type { Sentence } from '../ingest/types'
import { readShorthand } from '../retrieve/shorthand'
import { answerNumeric } from '../rules/answer-numeric'
import { answerAboutDocument } from './about-document'
import { answerOffTopic } from './off-topic'
import { answerSources } from './sources'
import { answerSummary, readSummaryRequest } from './summary'
import { answerWhatNext } from './what-next'
import { type Answer, answerQuestion } from './answer-question'
import { answeredAlready, quotedSentences, type ResolvedQuestion, resolveFollowUp, type Turn } from './follow-up'

/** A reply, with how a follow-up was read when it had to be rewritten. */
export interface Reply extends Answer {
  readAs?: string
}

/**
 * The assistant's reply to a question in a conversation: the question is first read in the light of
 * the earlier turns; questions that need arithmetic on the article's figures (or that ask for a figure
 * the article lacks) go to the numeric engine, which computes and cites each figure; questions about the article itself (who wrote it, when) are answered from its
 * bibliographic facts; requests that are not about the article at all are declined; everything else is answered from the best passages.
 *
 * @example reply(index, 'How much does an FSA fighter earn in a year?').computation?.value // => 432
 */
export function reply(index: CorpusIndex, typed: string, typedHistory: readonly Turn[] = []): Reply {
  // Phone shorthand ("w", "n", "bro") is written out before anything reads the question (analyzeQuestion
  // does it again for the callers that reach it directly, the training script's among them: it changes nothing twice).
  const question = readShorthand(index, typed)
  const history = typedHistory.map((turn) => (turn.role === 'user' ? { ...turn, content: readShorthand(index, turn.content) } : turn))
  // "What happened next?": how the story the last answer quoted goes on.
  const quoted = quotedSentences(index, history)
  const next = answerWhatNext(index, question, quoted, history.some((turn) => turn.role === 'assistant'))
  if (next) return next
  const resolved = resolveFollowUp(index, question, history)
  const numeric = resolved.numeric ? answerNumeric(index, resolved.numeric) : undefined
  const summary = readSummaryRequest(resolved.question)
  const answer = numeric ?? answerAboutDocument(index, resolved.question) ?? answerSources(index, resolved.question) ?? (summary && answerSummary(index, summary)) ?? answerOffTopic(index, resolved.question) ?? answerFromPassages(index, resolved, quoted)
  if (!resolved.readAs) return answer
  return { ...answer, readAs: resolved.readAs, answer: `Reading this as: “${resolved.readAs}” ${answer.answer}` }
}

/**
 * Retrieval's answer in the light of the conversation: the passages the last answer quoted count for
 * more, and an elliptical follow-up is not answered with the sentences it just quoted.
 */
function answerFromPassages(index: CorpusIndex, resolved: ResolvedQuestion, quoted: readonly Sentence[]): Answer {
  const answered = resolved.instead ? answeredAlready(index, quoted, resolved.instead) : undefined
  return answerQuestion(index, resolved.question, new Set(quoted.map((s) => s.passageId)), answered)
}
