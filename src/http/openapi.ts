/** The API's OpenAPI 3.1 description, served at `/openapi.json`. */
const problem = { $ref: '#/components/schemas/Problem' }
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problem } } })
const citation = { $ref: '#/components/schemas/Citation' }

export const openApi = {
  openapi: '3.1.0',
  info: {
    title: 'Article assistant',
    version: '0.1.0',
    description: 'Cited answers, search and quote lookup over a long-form article. Every error is an RFC 9457 problem object.',
  },
  paths: {
    '/api/ask': {
      post: {
        summary: 'Answer a question from the article, citing every claim',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['question'],
                properties: {
                  question: { type: 'string', minLength: 1, maxLength: 1000 },
                  history: {
                    type: 'array',
                    maxItems: 20,
                    items: { type: 'object', required: ['role', 'content'], properties: { role: { enum: ['user', 'assistant'] }, content: { type: 'string', maxLength: 4000 } } },
                  },
                },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'An answer with `[n]` markers, or an abstention (`abstained: true`, no citations)',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['answer', 'abstained', 'citations'],
                  properties: {
                    answer: { type: 'string' },
                    abstained: { type: 'boolean' },
                    citations: { type: 'array', items: citation },
                    computation: { type: 'object', description: 'For numeric questions: expression, value, unit and operands with their citations' },
                    readAs: { type: 'string', description: 'How a follow-up question was read, when it was rewritten' },
                  },
                },
              },
            },
          },
          400: problemResponse('Missing or empty question, malformed history or JSON'),
          413: problemResponse('Question, history or body too long'),
          415: problemResponse('Body not sent as application/json'),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Ranked passages for a keyword query, with snippets and matched word ranges',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 8 } },
        ],
        responses: { 200: { description: 'Results, best first' }, 400: problemResponse('Missing query or bad limit') },
      },
    },
    '/api/cite': {
      get: {
        summary: 'Where a quote stands in the article and who said it (exact, then approximate)',
        parameters: [
          { name: 'quote', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10, default: 3 } },
        ],
        responses: { 200: { description: '`found` and the matches, best first' }, 400: problemResponse('Missing quote') },
      },
    },
    '/api/cite/{id}': {
      get: {
        summary: 'A passage (`quitting-isis:p12`) or sentence (`quitting-isis:p12.s3`) by id',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The passage with its neighbours and citation fields' }, 404: problemResponse('Unknown id') },
      },
    },
    '/api/facts': {
      get: {
        summary: 'The figures the rules layer computes with, each with its entity, measure, hedge and evidence',
        parameters: [
          { name: 'entity', in: 'query', schema: { type: 'string' }, description: 'An entity id, e.g. fsa' },
          { name: 'measure', in: 'query', schema: { type: 'string' }, description: 'salary, salary-range, allowance-wife, allowance-parent, allowance-child, pay-cut, pay-multiplier, share, duration, age, count' },
        ],
        responses: { 200: { description: 'The alias table and the facts' } },
      },
    },
    '/healthz': { get: { summary: 'Readiness', responses: { 200: { description: 'Ready' } } } },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
      },
      Citation: {
        type: 'object',
        required: ['id', 'text', 'start', 'end', 'selector'],
        properties: {
          id: { type: 'string', description: 'Passage id' },
          sentenceId: { type: 'string' },
          text: { type: 'string', description: 'The whole passage' },
          start: { type: 'integer', description: 'Offset of the cited span in the document text' },
          end: { type: 'integer' },
          selector: { type: 'object', description: 'W3C TextQuoteSelector: exact, prefix, suffix' },
          url: { type: 'string', description: 'The original article at the cited words (text fragment)' },
        },
      },
    },
  },
} as const
