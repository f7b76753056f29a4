import { Hono } from 'hono'
import type { CorpusIndex } from '../index/corpus-index'
import { citeSpan } from '../retrieve/citation'

/**
 * `GET /api/facts`: every figure the rules layer knows (`?entity=fsa`, `?measure=salary` narrow
 * it), each with its entity, measure, hedge and the evidence it was read from.
 */
export function factRoutes(corpus: CorpusIndex) {
  return new Hono().get('/', (c) => {
    const entity = c.req.query('entity')
    const measure = c.req.query('measure')
    const facts = corpus.artifact.facts
      .filter((f) => (!entity || f.entity === entity) && (!measure || f.measure === measure))
      .map((f) => {
        const cite = citeSpan(corpus, f.evidence.passageId, f.evidence.start, f.evidence.end)
        return { ...f, evidence: { ...f.evidence, sentence: corpus.sentences.get(f.evidence.sentenceId)?.text, anchor: cite.anchor, url: cite.url } }
      })
    return c.json({ entities: corpus.artifact.entities.map(({ id, name, aliases }) => ({ id, name, aliases })), facts })
  })
}
