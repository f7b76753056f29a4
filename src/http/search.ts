import { Hono } from 'hono'
import type { CorpusIndex } from '../index/corpus-index'
import { searchPassages } from '../retrieve/search-passages'
import { LIMITS, boundedInt, requireText } from './validate'

/** `GET /api/search?q=…&limit=…`: ranked passages with snippets and the matched words' ranges. */
export function searchRoutes(corpus: CorpusIndex) {
  return new Hono().get('/', (c) => {
    const q = requireText(c.req.query('q'), 'q', LIMITS.questionChars)
    const limit = boundedInt(c.req.query('limit'), 'limit', 8, 1, LIMITS.searchLimit)
    const results = searchPassages(corpus, q, limit).map((hit) => {
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
    return c.json({ query: q, results })
  })
}
