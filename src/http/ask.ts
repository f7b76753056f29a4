import { Hono } from 'hono'
import { reply } from '../answer/reply'
import type { CorpusIndex } from '../index/corpus-index'
import { parseAskRequest, readJson } from './validate'

/** `POST /api/ask`: a question (and the conversation so far) in, a cited answer out. */
export function askRoutes(corpus: CorpusIndex) {
  return new Hono().post('/', async (c) => {
    const { question, history } = parseAskRequest(await readJson(c))
    return c.json(reply(corpus, question, history))
  })
}
