import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const BASE = 'http://worker.test'
const LIMIT = 64 * 1024
const CHUNK = 16 * 1024

/**
 * A body sent chunked (a stream: no Content-Length) of up to `total` bytes, made only as the reader
 * pulls it, so `sent()` says how much of it the worker actually read.
 */
function countedBody(total: number) {
  let produced = 0
  const chunk = new TextEncoder().encode(`{"question": "${'q'.repeat(CHUNK - 15)}`.slice(0, CHUNK))
  const filler = new TextEncoder().encode('q'.repeat(CHUNK))
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close()
      controller.enqueue(produced === 0 ? chunk : filler)
      produced += CHUNK
    },
  }, { highWaterMark: 0 })
  return { stream, sent: () => produced }
}

describe('request bodies stay bounded', () => {
  for (const path of ['/api/ask', '/api/chat']) {
    it(`${path}: a chunked body past the limit gets 413 without being read whole`, async () => {
      const total = 64 * 1024 * 1024
      const body = countedBody(total)
      const res = await SELF.fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.stream })
      expect(res.status).toBe(413)
      expect(await res.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 })
      // The worker stopped near the limit: a few chunks past it at most, not the 64 MiB on offer.
      expect(body.sent()).toBeGreaterThan(LIMIT)
      expect(body.sent()).toBeLessThan(LIMIT + 16 * CHUNK)
    })
  }

  it('a chunked body within the limit is read and answered', async () => {
    const text = JSON.stringify({ question: 'Who is Sami?' })
    const stream = new Blob([text]).stream()
    const res = await SELF.fetch(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { answer: string }).answer).toContain('Sami')
  })

  it('a declared Content-Length past the limit is refused before reading', async () => {
    const res = await SELF.fetch(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(LIMIT + 1) }, body: 'x'.repeat(LIMIT + 1) })
    expect(res.status).toBe(413)
  })
})
