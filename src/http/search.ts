import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { searchPassages } from '../retrieve/search-passages'
import { route } from './route'
import { LIMITS, requiredText, wholeNumber } from './validate'

const SearchQuery = v.object({
  q: v.pipe(requiredText(LIMITS.questionChars), v.description('Words to find; the last one also as a prefix')),
  limit: wholeNumber(1, LIMITS.searchLimit, 8),
})

/** `GET /api/search?q=…&limit=…`: ranked passages with snippets and the matched words' ranges. */
export function searchRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'GET',
      path: '/api/search',
      summary: 'Ranked passages for a keyword query, with snippets and matched word ranges',
      query: SearchQuery,
      responses: {
        200: { description: 'Results, best first' },
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
          }
        })
        return c.json({ query: query.q, results })
      },
    }),
  ]
}
