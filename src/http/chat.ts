import { streamSSE } from 'hono/streaming'
import { reply } from '../answer/reply'
import type { CorpusIndex } from '../index/corpus-index'
import { problem } from './problem'
import { route } from './route'
import { AskRequest } from './validate'

/** Words per streamed piece of the answer text. */
const PIECE_WORDS = 4

/**
 * `POST /api/chat`: the same request and answer as `/api/ask`, streamed as server-sent events —
 * `citations` first (so a client can show sources at once), then `delta` events carrying the answer
 * text in pieces, then `done` with the complete JSON answer. A failure mid-stream arrives as an `error`
 * event holding a problem object; a bad request is refused before the stream starts, with a 4xx.
 */
export function chatRoutes(corpus: CorpusIndex) {
  return [
    route({
      method: 'POST',
      path: '/api/chat',
      summary: 'The /api/ask answer streamed as server-sent events: `citations`, `delta` pieces of the text, then `done` (or `error`)',
      json: AskRequest,
      responses: { 200: { description: 'An event stream; `done` carries the same JSON as /api/ask, `error` a problem object', types: ['text/event-stream'] } },
      handle: (c, { json }) => streamSSE(c, async (stream) => {
        const answer = reply(corpus, json.question, json.history)
        await stream.writeSSE({ event: 'citations', data: JSON.stringify(answer.citations) })
        for (const piece of pieces(answer.answer)) await stream.writeSSE({ event: 'delta', data: JSON.stringify(piece) })
        await stream.writeSSE({ event: 'done', data: JSON.stringify(answer) })
      }, async (error, stream) => {
        console.error(error)
        await stream.writeSSE({ event: 'error', data: JSON.stringify(problem(500, 'internal-error', 'the answer could not be completed')) })
      }),
    }),
  ]
}

/** Splits text into pieces of a few words that concatenate back to the whole text. */
export function pieces(text: string): string[] {
  const words = text.match(/\S+\s*/g) ?? []
  const out: string[] = []
  for (let i = 0; i < words.length; i += PIECE_WORDS) out.push(words.slice(i, i + PIECE_WORDS).join(''))
  return out
}
