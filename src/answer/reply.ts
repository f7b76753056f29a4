import type { CorpusIndex } from '../index/corpus-index'
import { answerNumeric } from '../rules/answer-numeric'
import { type Answer, answerQuestion } from './answer-question'

/**
 * The assistant's reply to a question: pay questions go to the rules layer, which computes from the
 * article's figures and cites each; everything else is answered from the best passages.
 *
 * @example reply(index, 'How much does an FSA fighter earn in a year?').computation?.value // => 432
 */
export function reply(index: CorpusIndex, question: string): Answer {
  return answerNumeric(index, question) ?? answerQuestion(index, question)
}
