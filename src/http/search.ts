import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { searchPassages } from '../retrieve/search-passages'
import { route } from './route'
import { LIMITS, requiredText, wholeNumber } from './validate'

const SearchQuery = v.object({
  q: v.pipe(requiredText(LIMITS.questionChars), v.description('Words to find; the last one also as a prefix')),
  limit: wholeNumber(1, LIMITS.searchLimit, 8),
})

const SNIPPET = { type: 'object', description: 'The text to show, and where it stands in the document text', properties: { text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } }
const HIGHLIGHTS = { type: 'array', description: 'Ranges `[start, end)` of the matched words, relative to `snippet.text`', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } }

/** The JSON Schema of a search's answer (outputs are not validated, only described). */
const SEARCH_SCHEMA = {
  type: 'object',
  required: ['query', 'results'],
  properties: {
    query: { type: 'string' },
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'anchor', 'kind', 'part', 'document', 'score', 'snippet', 'highlights', 'subResults'],
        properties: {
          id: { type: 'string', description: 'Passage id' },
          anchor: { type: 'string', description: 'Where the reader shows the matched sentence: `/article#<anchor>`' },
          kind: { type: 'string' },
          part: { type: 'integer' },
          partLabel: { type: 'string' },
          document: { type: 'object', description: 'The document: id and title' },
          score: { type: 'number' },
          snippet: SNIPPET,
          highlights: HIGHLIGHTS,
          subResults: {
            type: 'array',
            maxItems: 3,
            description: 'Other sentences of the passage that match, in reading order, each with its own anchor, snippet and highlights',
            items: { type: 'object', required: ['anchor', 'snippet', 'highlights'], properties: { anchor: { type: 'string' }, snippet: SNIPPET, highlights: HIGHLIGHTS } },
          },
        },
      },
    },
  },
}

/** `GET /api/search?q=…&limit=…`: ranked passages with snippets and the matched words' ranges. */
export function searchRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'GET',
      path: '/api/search',
      summary: 'Ranked passages for a keyword query, with snippets, matched word ranges and sub-results',
      query: SearchQuery,
      responses: {
        200: { description: 'Results, best first', schema: SEARCH_SCHEMA },
        400: { description: 'Missing query or a bad limit' },
        413: { description: 'A query over 1,000 characters' },
      },
      handle: (c, { query }) => {
        const results = searchPassages(corpus, query.q, query.limit).map((hit) => {
          const doc = corpus.documentOf(hit.passage.id)
          return {
            id: hit.passage.id,
            /** Where the reader shows the matched sentence: `/article#<anchor>`. */
            anchor: (hit.sentenceId ?? hit.passage.id).split(':')[1],
            kind: hit.passage.kind,
            part: hit.passage.part,
            partLabel: doc.parts.find((p) => p.number === hit.passage.part)?.label,
            document: { id: doc.meta.id, title: doc.meta.title },
            score: hit.score,
            snippet: hit.snippet,
            highlights: hit.highlights,
            /** Other matching sentences of the passage, each with its own anchor, snippet and highlights. */
            subResults: hit.subResults.map((sub) => ({ anchor: sub.sentenceId.split(':')[1], snippet: sub.snippet, highlights: sub.highlights })),
          }
        })
        return c.json({ query: query.q, results })
      },
    }),
  ]
}
