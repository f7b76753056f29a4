/// <reference lib="dom" />
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { contrastOf, hasChromium, inWidget, launch, resultsShown, screenshot } from './browser'

/**
 * How the widget looks and where it opens: in the host's light or dark scheme or its own `theme`, on
 * a phone, and when the worker cannot be reached at all.
 */
describe.skipIf(!hasChromium)('the widget’s display', () => {
  const host = inject('hostUrl')
  const worker = inject('workerUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => browser?.close())

  async function open(query: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await (await browser.newContext({ bypassCSP: true, ...options })).newPage()
    await page.goto(`${host}/?${query}`)
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    return page
  }

  async function search(page: Page, words: string) {
    await page.locator('article-search [role=combobox]').click()
    await page.keyboard.type(words)
    await resultsShown(page, words)
  }

  for (const [name, query, options] of [
    ['with theme="dark"', 'attrs=theme%3D%22dark%22', {}],
    ['on a dark OS, in a host page that declares no color-scheme', '', { colorScheme: 'dark' }],
    ['on a dark OS, in a host page that declares `light dark`', 'scheme=light%20dark', { colorScheme: 'dark' }],
    ['with theme="light" on a dark OS', 'attrs=theme%3D%22light%22&scheme=light%20dark', { colorScheme: 'dark' }],
  ] as const) {
    it(`keeps results, headings and labels readable ${name}`, async () => {
      const page = await open(query, options)
      await search(page, 'salary')
      for (const part of ['a[role=option]', '.group', 'a[role=option] .meta', '[role=status]', 'input']) {
        expect(await contrastOf(page, `article-search >>> ${part}`), part).toBeGreaterThanOrEqual(4.5)
      }
      const colour = await inWidget(page, (r) => getComputedStyle(r.querySelector('a[role=option]') as Element).color)
      expect(colour).not.toBe('rgb(0, 0, 238)')
      if (name.startsWith('with theme="dark"')) await screenshot(page, 'widget-dark')
      await page.context().close()
    })
  }

  it('follows the host page’s colour scheme: dark only where the host page is dark', async () => {
    const background = (page: Page) => inWidget(page, (r) => getComputedStyle(r.querySelector('input') as Element).backgroundColor)
    const luminous = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((s, c) => s + Number(c), 0) > 384
    const plain = await open('', { colorScheme: 'dark' })
    expect(luminous(await background(plain))).toBe(true)
    await plain.context().close()
    const dark = await open('scheme=light%20dark', { colorScheme: 'dark' })
    expect(luminous(await background(dark))).toBe(false)
    await dark.context().close()
  })

  it('opens as a full-screen sheet on a phone, with its results on screen, even low on the page', async () => {
    const page = await open('spacer=560', { viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true })
    await page.locator('article-search [role=combobox]').scrollIntoViewIfNeeded()
    await search(page, 'salary')
    const view = await inWidget(page, (r) => {
      const box = (s: string) => (r.querySelector(s) as Element).getBoundingClientRect().toJSON() as DOMRect
      return { root: box('.root'), list: box('[role=listbox]'), first: box('a[role=option]'), role: r.querySelector('.root')?.getAttribute('role'), close: (r.querySelector('[part~=close]') as HTMLElement | null)?.innerText }
    })
    expect(view.root).toMatchObject({ x: 0, y: 0, width: 390, height: 740 })
    expect(view.list.top).toBeGreaterThanOrEqual(0)
    expect(view.first.bottom).toBeLessThanOrEqual(740)
    expect(view.role).toBe('dialog')
    expect(view.close).toBe('Close')
    await screenshot(page, 'widget-phone')
    // Escape closes the list, then the sheet; the close button does both at once.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    expect(await inWidget(page, (r) => r.querySelector('.root')?.getBoundingClientRect().height)).toBeLessThan(200)
    await page.locator('article-search [role=combobox]').click()
    expect(await inWidget(page, (r) => r.querySelector('.root')?.getBoundingClientRect().height)).toBe(740)
    await page.locator('article-search [part~=close]').click()
    expect(await inWidget(page, (r) => r.querySelector('.root')?.getBoundingClientRect().height)).toBeLessThan(200)
    await page.context().close()
  })

  it('still shows a search box, disabled, when the worker is down as the page loads', async () => {
    // The snippet a site owner copies from /demo, on a page whose worker cannot be reached.
    const demo = await (await fetch(`${worker}/demo`)).text()
    const snippet = (/<pre><code>([^]*?)<\/code><\/pre>/.exec(demo)?.[1] ?? '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    expect(snippet).toContain('<article-search')
    const page = await (await browser.newContext({ bypassCSP: true })).newPage()
    await page.route(`${worker}/**`, (route) => route.abort())
    await page.route(`${host}/down`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Down</title><main>${snippet}</main></html>` }))
    await page.goto(`${host}/down`)
    const box = page.locator('article-search input')
    expect(await box.isVisible()).toBe(true)
    expect(await box.isDisabled()).toBe(true)
    expect(await box.getAttribute('aria-label')).toBe('Search the article')
    await page.context().close()
  })
})
