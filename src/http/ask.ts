import { reply } from '../answer/reply'
import type { CorpusIndex } from '../index/corpus-index'
import { route } from './route'
import { AskRequest } from './validate'

const citation = { $ref: '#/components/schemas/Citation' }

/** The JSON Schema of an answer (outputs are not validated, only described). */
export const ANSWER_SCHEMA = {
  type: 'object',
  required: ['answer', 'abstained', 'citations'],
  properties: {
    answer: { type: 'string', description: 'The answer with `[n]` markers for its citations' },
    abstained: { type: 'boolean', description: 'True when the article does not say (then no citations)' },
    citations: { type: 'array', items: citation },
    computation: { type: 'object', description: 'For numeric questions: expression, value, unit and operands with their citations' },
    readAs: { type: 'string', description: 'How a follow-up question was read, when it was rewritten' },
  },
}

/** `POST /api/ask`: a question (and the conversation so far) in, a cited answer out. */
export function askRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'POST',
      path: '/api/ask',
      summary: 'Answer a question from the article, citing every claim',
      json: AskRequest,
      responses: { 200: { description: 'An answer with `[n]` markers, or an abstention (`abstained: true`, no citations)', schema: ANSWER_SCHEMA } },
      handle: (c, { json }) => c.json(reply(corpus, json.question, json.history)),
    }),
  ]
}
