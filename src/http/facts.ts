import * as v from 'valibot'
import { type CorpusIndex, passageIdOf } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import { citeSpan } from '../retrieve/citation'
import { route } from './route'

const KINDS = ['money', 'percent', 'count', 'measure', 'duration', 'date', 'multiplier', 'part', 'score', 'age', 'number'] as const

const FactsQuery = v.object({
  entity: v.optional(v.pipe(v.string(), v.maxLength(200), v.description('Whose figures: an entity id of entities.json (e.g. fsa) or words of an owner\'s name'))),
  kind: v.optional(v.pipe(v.picklist(KINDS), v.description(`What the figure is: ${KINDS.join(', ')}`))),
})

/**
 * `GET /api/facts`: every figure the build read from the corpus (`?entity=fsa`, `?kind=money` narrow
 * it), each with its value, unit, period, hedge, owner and the evidence it was read from.
 */
export function factRoutes(corpus: CorpusIndex) {
  const entities = corpus.artifact.entities
  return [
    route({
      method: 'GET',
      path: '/api/facts',
      summary: 'The figures the numeric answers compute with, each with its unit, hedge, owner and evidence',
      query: FactsQuery,
      responses: {
        200: { description: 'The alias table, the article\'s table rules (formulas.json) and the facts' },
        400: { description: 'A `kind` that is not one of the kinds of figure' },
        413: { description: 'An `entity` over 200 characters' },
      },
      handle: (c, { query: { entity, kind } }) => {
        const wanted = entity?.toLowerCase()
        const entityName = wanted ? entities.find((e) => e.id === wanted)?.name.toLowerCase() : undefined
        const facts = corpus.artifact.facts
          .filter((f) => !kind || f.kind === kind)
          .filter((f) => {
            if (!wanted) return true
            const owner = f.owner?.toLowerCase() ?? ''
            if (entityName) return owner === entityName || findEntities(f.owner ?? '', entities).some((m) => m.id === wanted)
            return owner.includes(wanted)
          })
          .map((f) => {
            const sentence = corpus.sentences.get(f.sentenceId)
            const cite = citeSpan(corpus, passageIdOf(f.sentenceId), f.start, f.end)
            return {
              id: f.id, kind: f.kind, value: f.value, high: f.high, of: f.of, unit: f.unit, period: f.period, per: f.per, date: f.date, dateHigh: f.dateHigh,
              hedge: f.hedge, owner: f.owner, restates: f.restates,
              evidence: { text: f.text, start: f.start, end: f.end, sentence: sentence?.text, anchor: cite.anchor, url: cite.url },
            }
          })
        return c.json({ entities: entities.map(({ id, name, aliases }) => ({ id, name, aliases })), formulas: corpus.artifact.formulas ?? [], facts })
      },
    }),
  ]
}
