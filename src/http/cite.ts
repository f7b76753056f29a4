import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { citeSpan } from '../retrieve/citation'
import { findQuote } from '../retrieve/find-quote'
import { ProblemError } from './problem'
import { route } from './route'
import { LIMITS, requiredText, wholeNumber } from './validate'

const CiteQuery = v.object({
  quote: v.pipe(requiredText(LIMITS.quoteChars), v.description('The words to place, as remembered')),
  limit: wholeNumber(1, 10, 3),
})

/**
 * `GET /api/cite?quote=…`: where a quote stands and who said it.
 * `GET /api/cite/:id`: a passage (or one of its sentences) by id, with its neighbours.
 */
export function citeRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'GET',
      path: '/api/cite',
      summary: 'Where a quote stands in the article and who said it (exact, then approximate)',
      query: CiteQuery,
      responses: {
        200: { description: '`found` and the matches, best first' },
        400: { description: 'Missing quote or a bad limit' },
        413: { description: 'A quote over 1,000 characters' },
      },
      handle: (c, { query }) => {
        const matches = findQuote(corpus, query.quote, query.limit).map((m) => {
          const citation = citeSpan(corpus, m.passageId, m.start, m.end)
          return { ...citation, exact: citation.selector.exact, score: m.score, match: m.kind, speaker: m.speaker }
        })
        return c.json({ quote: query.quote, found: matches.length > 0, matches })
      },
    }),
    route({
      method: 'GET',
      path: '/api/cite/:id',
      summary: 'A passage (`quitting-isis:p12`) or sentence (`quitting-isis:p12.s3`) by id',
      param: v.object({ id: v.pipe(v.string(), v.description('`<document>:p<N>` (paragraph), `<document>:c<N>` (caption), with `.s<M>` for a sentence')) }),
      responses: {
        200: { description: 'The passage with its neighbours and citation fields' },
        404: { description: 'No passage or sentence has this id' },
      },
      handle: (c, { param: { id } }) => {
        const sentence = corpus.sentences.get(id)
        const passage = corpus.passages.get(sentence ? sentence.passageId : id)
        const example = corpus.passages.keys().next().value ?? 'article:p1'
        if (!passage) throw new ProblemError(404, 'not-found', `no passage or sentence has the id ${JSON.stringify(id)}; ids look like "${example}" or "${example}.s1"`)
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
      },
    }),
  ]
}
