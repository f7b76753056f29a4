/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { expectNoAxeViolations, hasChromium, launch, resultsShown } from './browser'

/**
 * axe-core on every page, in light and dark schemes, at desktop and phone widths, each in the state a
 * reader leaves it in: a conversation on the chat page, a cited sentence in the reader, the widget's
 * results open (on a phone, its full-screen sheet).
 */
describe.skipIf(!hasChromium)('accessibility (axe-core) across schemes and widths', () => {
  const base = inject('workerUrl')
  const host = inject('hostUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => browser?.close())

  async function openWidget(page: Page) {
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    await page.locator('article-search [role=combobox]').click()
    await page.keyboard.type('salary')
    await resultsShown(page, 'salary')
  }

  const pages: [string, (scheme: 'light' | 'dark') => string, ((page: Page) => Promise<void>) | undefined, string | undefined][] = [
    ['/ with a conversation', () => `${base}/`, async (page) => {
      await page.locator('#question').fill('Who is Sami?')
      await page.keyboard.press('Enter')
      await page.locator('.turn.assistant:not([aria-busy]) .sources').waitFor()
    }, undefined],
    ['/article at a cited sentence', () => `${base}/article#p1.s2`, undefined, undefined],
    ['/demo with the widget open', () => `${base}/demo`, openWidget, undefined],
    ['/embed with the widget open', (scheme) => `${base}/embed?theme=${scheme}`, openWidget, undefined],
    // The host page's own styles (red text everywhere) are its business: only the widget is checked.
    ['a foreign host page with the widget open', (scheme) => `${host}/${scheme === 'dark' ? '?scheme=light%20dark' : ''}`, openWidget, 'article-search'],
  ]

  for (const [name, url, prepare, include] of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[1280, 800], [390, 740]]) {
        it(`${name}: ${scheme}, ${width} px`, async () => {
          const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width, height } })
          const page = await context.newPage()
          await page.goto(url(scheme))
          await prepare?.(page)
          await expectNoAxeViolations(page, include)
          await context.close()
        })
      }
    }
  }
})
