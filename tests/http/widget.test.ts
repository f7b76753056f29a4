import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app'
import { corpus } from '../../src/index/load-corpus'

const BASE = 'http://worker.test'
/** The size budget for widget.js, gzipped (DocSearch is about 26 KiB, Pagefind's UI about 46 KiB). */
const BUDGET = 8 * 1024

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

describe('GET /widget.js', () => {
  it('serves the element as JavaScript any site may load', async () => {
    const res = await SELF.fetch(`${BASE}/widget.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/javascript')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const js = await res.text()
    expect(js).toMatch(/customElements\.define\(["']article-search["']/)
    // One function expression run at once: nothing leaks into the host page's globals.
    expect(js.startsWith('(()=>{')).toBe(true)
    expect(js.trimEnd().endsWith('})();')).toBe(true)
  })

  it('is revalidated by ETag rather than cached for long, and a 304 keeps the CORS header', async () => {
    const res = await SELF.fetch(`${BASE}/widget.js`)
    expect(res.headers.get('cache-control')).toMatch(/max-age=300\b/)
    const tag = res.headers.get('etag')
    expect(tag).toMatch(/^"[0-9a-f]+"$/)
    const again = await SELF.fetch(`${BASE}/widget.js`, { headers: { 'if-none-match': tag as string, origin: 'https://blog.example' } })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
  })

  it(`stays within its budget of ${BUDGET / 1024} KiB gzipped`, async () => {
    const size = await gzipSize(await (await SELF.fetch(`${BASE}/widget.js`)).text())
    expect(size).toBeLessThanOrEqual(BUDGET)
  })
})

describe('CORS', () => {
  it('answers preflights and lets any origin call the API by default', async () => {
    const preflight = await SELF.fetch(`${BASE}/api/ask`, { method: 'OPTIONS', headers: { origin: 'https://blog.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const search = await SELF.fetch(`${BASE}/api/search?q=salary`, { headers: { origin: 'https://blog.example' } })
    expect(search.headers.get('access-control-allow-origin')).toBe('*')
    // Revalidating from another site: the 304 still says the origin may read it.
    const again = await SELF.fetch(`${BASE}/api/search?q=salary`, { headers: { origin: 'https://blog.example', 'if-none-match': search.headers.get('etag') as string } })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('/embed and /demo', () => {
  it('serves an iframe-able search page that frames from the allowed origins', async () => {
    const res = await SELF.fetch(`${BASE}/embed?placeholder=${encodeURIComponent('<b>Find</b>')}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(res.headers.get('x-frame-options')).toBeNull()
    const html = await res.text()
    expect(html).toContain('<article-search')
    expect(html).toContain('placeholder="&lt;b&gt;Find&lt;/b&gt;"')
  })

  it('shows the snippet to copy, escaped, and the widget working', async () => {
    const html = await (await SELF.fetch(`${BASE}/demo`)).text()
    expect(html).toContain('&lt;script src=&quot;http://worker.test/widget.js&quot; async&gt;&lt;/script&gt;')
    // The snippet's element holds a disabled box, shown if widget.js never loads.
    expect(html).toContain('&lt;article-search&gt;&lt;input type=&quot;search&quot; aria-label=&quot;Search the article&quot; placeholder=&quot;Search the article&quot; disabled&gt;&lt;/article-search&gt;')
    expect(html).toContain('<article-search><input type="search" aria-label="Search the article" placeholder="Search the article" disabled></article-search>')
    expect(html).toContain('<script src="/widget.js" defer></script>')
  })

  it('lets the host choose /embed’s colour scheme, light by default and for anything unknown', async () => {
    const scheme = async (query: string) => /<meta name="color-scheme" content="([^"]*)">/.exec(await (await SELF.fetch(`${BASE}/embed${query}`)).text())?.[1]
    expect(await scheme('')).toBe('light')
    expect(await scheme('?theme=dark')).toBe('dark')
    expect(await scheme('?theme=auto')).toBe('light dark')
    expect(await scheme('?theme=%22%3E%3Cscript%3E')).toBe('light')
    expect(await scheme('?theme=constructor')).toBe('light')
  })

  it('points the snippet at the configured PUBLIC_ORIGIN, whatever Host the request claims', async () => {
    // Under `wrangler dev` the request URL is built from the Host header: a forged one must not reach the snippet.
    const env = { ALLOWED_ORIGINS: '*', PUBLIC_ORIGIN: 'https://search.example.com/' } as unknown as Env
    const html = await (await createApp(corpus).request('http://evil.example/demo', { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } }, env)).text()
    expect(html).toContain('&lt;script src=&quot;https://search.example.com/widget.js&quot; async&gt;')
    expect(html).toContain('src=&quot;https://search.example.com/embed&quot;')
    expect(html).not.toContain('evil.example')
  })

  it('ignores a PUBLIC_ORIGIN that is not an http(s) origin, and never reads X-Forwarded-Host', async () => {
    for (const configured of ['javascript:alert(1)', 'not a url', '']) {
      const env = { ALLOWED_ORIGINS: '*', PUBLIC_ORIGIN: configured } as unknown as Env
      const html = await (await createApp(corpus).request('http://worker.test/demo', { headers: { 'x-forwarded-host': 'evil.example' } }, env)).text()
      expect(html, configured).toContain('&lt;script src=&quot;http://worker.test/widget.js&quot;')
      expect(html).not.toMatch(/javascript:|evil\.example/)
    }
  })
})
