import { Hono } from 'hono'
import { citeSpan } from '../retrieve/citation'
import type { CorpusIndex } from '../index/corpus-index'
import { findQuote } from '../retrieve/find-quote'
import { ProblemError } from './problem'
import { LIMITS, boundedInt, requireText } from './validate'

/**
 * `GET /api/cite?quote=…`: where a quote stands and who said it.
 * `GET /api/cite/:id`: a passage (or one of its sentences) by id, with its neighbours.
 */
export function citeRoutes(corpus: CorpusIndex) {
  return new Hono()
    .get('/', (c) => {
      const quote = requireText(c.req.query('quote'), 'quote', LIMITS.quoteChars)
      const limit = boundedInt(c.req.query('limit'), 'limit', 3, 1, 10)
      const matches = findQuote(corpus, quote, limit).map((m) => {
        const citation = citeSpan(corpus, m.passageId, m.start, m.end)
        return { ...citation, exact: citation.selector.exact, score: m.score, match: m.kind, speaker: m.speaker }
      })
      return c.json({ quote, found: matches.length > 0, matches })
    })
    .get('/:id', (c) => {
      const id = c.req.param('id')
      const sentence = corpus.sentences.get(id)
      const passage = corpus.passages.get(sentence ? sentence.passageId : id)
      if (!passage) throw new ProblemError(404, 'not-found', `no passage or sentence has the id ${JSON.stringify(id)}; ids look like "quitting-isis:p12" or "quitting-isis:p12.s3"`)
      const doc = corpus.documentOf(passage.id)
      const at = doc.passages.findIndex((p) => p.id === passage.id)
      const span = sentence ?? passage
      return c.json({
        ...citeSpan(corpus, passage.id, span.start, span.end, sentence?.id),
        previous: doc.passages[at - 1]?.id ?? null,
        next: doc.passages[at + 1]?.id ?? null,
        credit: passage.credit,
        sentences: passage.sentences,
      })
    })
}
