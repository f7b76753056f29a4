import { ProblemError } from './problem'

/**
 * Reads a request body as text, counting bytes as they arrive and stopping at `limit`: a body sent
 * chunked (no Content-Length) is never held whole past the limit, so memory stays bounded whatever a
 * client streams. A declared length past the limit is refused before anything is read.
 *
 * @example const text = await readBoundedText(c.req.raw, 64 * 1024) // or a 413 ProblemError
 */
export async function readBoundedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw tooLarge(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    if (size > limit) {
      // Tell the sender to stop; the rest of the body is never read.
      reader.cancel().catch(() => {})
      throw tooLarge(limit)
    }
    text += decoder.decode(value, { stream: true })
  }
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError(413, 'payload-too-large', `the body may be at most ${limit} bytes`)
}
