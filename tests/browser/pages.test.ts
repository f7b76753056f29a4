/// <reference lib="dom" />
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launch, screenshot } from './browser'

describe.skipIf(!hasChromium)('the pages’ loading, caching and layout in Chromium', () => {
  const base = inject('workerUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => browser?.close())

  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; responses: Response[] }> {
    const page = await (await browser.newContext({ bypassCSP: true, ...options })).newPage()
    const responses: Response[] = []
    page.on('response', (r) => responses.push(r))
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' })
    return { page, responses }
  }

  for (const path of ['/', '/article', '/demo', '/embed']) {
    it(`loads ${path} with no failed request, a favicon included`, async () => {
      const { page, responses } = await open(path)
      const failed = responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`)
      expect(failed).toEqual([])
      const icon = await page.evaluate(async () => {
        const href = (document.querySelector('link[rel~=icon]') as HTMLLinkElement | null)?.href ?? new URL('/favicon.ico', location.href).href
        const res = await fetch(href)
        return { status: res.status, type: res.headers.get('content-type') }
      })
      expect(icon.status).toBe(200)
      expect(icon.type).toMatch(/^image\//)
      await page.context().close()
    })
  }

  it('answers /favicon.ico, which browsers ask for on their own', async () => {
    const res = await fetch(`${base}/favicon.ico`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\//)
  })

  it('loads scripts and styles under content-hashed names, cached as immutable, so a deploy never pairs new HTML with old scripts', async () => {
    const { page, responses } = await open('/')
    const assets = responses.filter((r) => new URL(r.url()).pathname.startsWith('/assets/'))
    expect(assets.length).toBeGreaterThanOrEqual(2)
    for (const asset of assets) {
      expect(new URL(asset.url()).pathname).toMatch(/^\/assets\/[\w-]+\.[0-9a-z]{8,}\.(?:js|css|svg)$/)
      expect(asset.headers()['cache-control']).toContain('immutable')
    }
    // The name follows the content: the name's hash is the same for the same bytes on every load.
    const again = await open('/')
    expect(again.responses.filter((r) => new URL(r.url()).pathname.startsWith('/assets/')).map((r) => r.url()).sort()).toEqual(assets.map((r) => r.url()).sort())
    await page.context().close()
    await again.page.context().close()
  })

  it('revalidates the GET API, /openapi.json and widget.js with ETags instead of sending them again', async () => {
    const { page } = await open('/')
    const statuses = await page.evaluate(async () => {
      const out: Record<string, number[]> = {}
      for (const path of ['/api/search?q=salary', '/api/cite/quitting-isis:p12', '/api/facts', '/openapi.json', '/widget.js']) {
        const first = await fetch(path, { cache: 'no-store' })
        const tag = first.headers.get('etag')
        const second = await fetch(path, { headers: { 'if-none-match': tag ?? '"none"' } })
        out[path] = [first.status, tag ? 1 : 0, second.status]
      }
      return out
    })
    for (const [path, got] of Object.entries(statuses)) expect(got, path).toEqual([200, 1, 304])
    await page.context().close()
  })

  it('does not scroll sideways on a phone: /demo wraps its code', async () => {
    const { page } = await open('/demo', { viewport: { width: 390, height: 740 } })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'demo-phone')
    await page.context().close()
  })

  it('lets the host choose /embed’s theme, light by default whatever the OS', async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const input = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('article-search')?.shadowRoot?.querySelector('input') as Element).backgroundColor)
    const bright = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((s, c) => s + Number(c), 0) > 384
    for (const [query, scheme, light] of [['', 'dark', true], ['?theme=light', 'dark', true], ['?theme=dark', 'light', false], ['?theme=auto', 'dark', false]] as const) {
      const { page } = await open(`/embed${query}`, { colorScheme: scheme })
      await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('input'))
      expect(bright(await background(page)), `${query} on a ${scheme} OS`).toBe(light)
      expect(bright(await input(page)), `${query} on a ${scheme} OS`).toBe(light)
      await page.context().close()
    }
  })
})
