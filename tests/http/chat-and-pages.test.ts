import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const BASE = 'http://worker.test'

/** Reads a server-sent event stream into its events. */
async function readEvents(res: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await res.text()
  return text.split('\n\n').filter(Boolean).map((block) => ({
    event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message',
    data: JSON.parse(block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n')),
  }))
}

describe('POST /api/chat', () => {
  it('streams citations first, then the text in pieces, then the full answer, agreeing with /api/ask', async () => {
    const body = JSON.stringify({ question: 'Where did he flee to?', history: [{ role: 'user', content: "Who's Ammar?" }] })
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body }
    const res = await SELF.fetch(`${BASE}/api/chat`, init)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const events = await readEvents(res)
    expect(events[0].event).toBe('citations')
    expect(events.at(-1)?.event).toBe('done')
    const done = events.at(-1)?.data as { answer: string; citations: unknown[]; readAs: string }
    const streamed = events.filter((e) => e.event === 'delta').map((e) => e.data).join('')
    expect(streamed).toBe(done.answer)
    expect(events[0].data).toEqual(done.citations)
    expect(done.readAs).toBe('Where did Ammar flee to?')
    expect(done.answer).toContain('Turkey')
    const plain = await (await SELF.fetch(`${BASE}/api/ask`, { ...init, body })).json()
    expect(plain).toEqual(done)
  })

  it('refuses a bad request with a problem before streaming', async () => {
    const res = await SELF.fetch(`${BASE}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('pages', () => {
  it('serves the chat page with suggested questions and security headers', async () => {
    const res = await SELF.fetch(`${BASE}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await res.text()
    expect(html).toContain('<form class="ask"')
    expect(html).toMatch(/<ul class="suggestions"><li><button type="button">What is this article about\?<\/button><\/li><li><button type="button">Who is /)
    expect(html).not.toMatch(/<script>(?!<\/script>)|\son\w+=/)
  })

  it('serves the reader with part headings and sentence anchors', async () => {
    const html = await (await SELF.fetch(`${BASE}/article`)).text()
    expect(html).toContain('<h2 class="part-label" id="part-4">Part 4</h2>')
    expect(html).toContain('<span class="s" id="p1.s3">He turned to ISIS in November 2014')
    expect(html).toContain('Omar Sanadiki / Reuters')
    // Every curly quote and ampersand of the article stays text: nothing unescaped reaches the page.
    expect(html).not.toMatch(/<(?!\/?(?:a|p|span|h1|h2|section|article|main|figure|figcaption|time|header|nav|body|html|head|meta|title|link|script|!doctype)\b)/i)
  })

  it('links the assets under content-hashed names, cached for good, and 404s others', async () => {
    const chat = await (await SELF.fetch(`${BASE}/`)).text()
    const reader = await (await SELF.fetch(`${BASE}/article`)).text()
    const linked = [...`${chat}${reader}`.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1])
    const names = new Set(linked.map((path) => path.replace(/\.[0-9a-z]+(\.\w+)$/, '$1')))
    expect([...names].sort()).toEqual(['/assets/answer-text.js', '/assets/chat.js', '/assets/favicon.svg', '/assets/reader.js', '/assets/styles.css'])
    for (const path of new Set(linked)) {
      const res = await SELF.fetch(`${BASE}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^(text\/css|text\/javascript|image\/svg\+xml)/)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    expect((await SELF.fetch(`${BASE}/assets/nope.js`)).status).toBe(404)
    expect((await SELF.fetch(`${BASE}/assets/..%2Fwrangler.toml`)).status).toBe(404)
  })

  it('serves an asset under its plain or an outdated name too, but only to be revalidated', async () => {
    for (const path of ['/assets/chat.js', '/assets/chat.0000000000.js']) {
      const res = await SELF.fetch(`${BASE}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(await res.text()).toContain('/api/chat')
    }
  })

  it('answers /favicon.ico with the icon', async () => {
    const res = await SELF.fetch(`${BASE}/favicon.ico`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(await res.text()).toMatch(/^<svg /)
  })

  it('answers a repeated GET with 304 Not Modified when the ETag still matches', async () => {
    for (const path of ['/api/search?q=salary', '/api/cite/quitting-isis:p12', '/api/cite?quote=bad%20guys', '/api/facts', '/openapi.json', '/healthz', '/']) {
      const first = await SELF.fetch(`${BASE}${path}`)
      const tag = first.headers.get('etag')
      expect(tag, path).toMatch(/^"[0-9a-f]+"$/)
      const again = await SELF.fetch(`${BASE}${path}`, { headers: { 'if-none-match': tag as string } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
    }
    // A different answer has a different tag.
    const other = await SELF.fetch(`${BASE}/api/search?q=kalashnikov`)
    expect(other.headers.get('etag')).not.toBe((await SELF.fetch(`${BASE}/api/search?q=salary`)).headers.get('etag'))
  })

  it('streams the chat without an ETag (a POST is never revalidated)', async () => {
    const res = await SELF.fetch(`${BASE}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Who is Sami?' }) })
    expect(res.headers.get('etag')).toBeNull()
    await res.text()
  })
})
