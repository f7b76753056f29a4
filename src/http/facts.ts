import * as v from 'valibot'
import type { CorpusIndex } from '../index/corpus-index'
import { citeSpan } from '../retrieve/citation'
import { route } from './route'

const FactsQuery = v.object({
  entity: v.optional(v.pipe(v.string(), v.description('An entity id, e.g. fsa'))),
  measure: v.optional(v.pipe(v.string(), v.description('salary, salary-range, allowance-wife, allowance-parent, allowance-child, pay-cut, pay-multiplier, share, duration, age, count'))),
})

/**
 * `GET /api/facts`: every figure the rules layer knows (`?entity=fsa`, `?measure=salary` narrow
 * it), each with its entity, measure, hedge and the evidence it was read from.
 */
export function factRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'GET',
      path: '/api/facts',
      summary: 'The figures the rules layer computes with, each with its entity, measure, hedge and evidence',
      query: FactsQuery,
      responses: { 200: { description: 'The alias table and the facts' } },
      handle: (c, { query: { entity, measure } }) => {
        const facts = corpus.artifact.facts
          .filter((f) => (!entity || f.entity === entity) && (!measure || f.measure === measure))
          .map((f) => {
            const cite = citeSpan(corpus, f.evidence.passageId, f.evidence.start, f.evidence.end)
            return { ...f, evidence: { ...f.evidence, sentence: corpus.sentences.get(f.evidence.sentenceId)?.text, anchor: cite.anchor, url: cite.url } }
          })
        return c.json({ entities: corpus.artifact.entities.map(({ id, name, aliases }) => ({ id, name, aliases })), facts })
      },
    }),
  ]
}
