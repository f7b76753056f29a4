/// <reference lib="dom" />
import fc from 'fast-check'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launch } from './browser'

/** The most the reader may spend on any fragment before the page responds again. */
const BUDGET_MS = 50

describe.skipIf(!hasChromium)('the reader with any fragment in Chromium', () => {
  const base = inject('workerUrl')
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    browser = await launch()
    page = await browser.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
  })
  afterAll(async () => browser?.close())

  /** Sets the fragment (as a link would) and returns how long the reader's handler took, in ms. */
  const follow = (fragment: string) => page.evaluate((f) => {
    history.replaceState(null, '', `#${f}`)
    const started = performance.now()
    dispatchEvent(new HashChangeEvent('hashchange'))
    return performance.now() - started
  }, fragment)
  const highlighted = () => page.evaluate(() => [...document.querySelectorAll('.s.hl')].map((s) => s.id))

  it('opens at a huge span or a malformed escape at once, without an error', async () => {
    for (const fragment of ['p1.s1-s100000000', '%E0%A4%A']) {
      const started = Date.now()
      await page.goto(`${base}/article#${fragment}`)
      expect(Date.now() - started, fragment).toBeLessThan(5000)
      expect(await page.evaluate(() => document.readyState)).toBe('complete')
    }
    expect(errors).toEqual([])
  })

  it('highlights the sentences a span names, bounded by those the passage has', async () => {
    await page.goto(`${base}/article`)
    expect(await follow('p1.s2-s3')).toBeLessThan(BUDGET_MS)
    expect(await highlighted()).toEqual(['p1.s2', 'p1.s3'])
    const inP1 = await page.evaluate(() => [...document.querySelectorAll('#p1 .s')].map((s) => s.id))
    expect(await follow('p1.s1-s100000000')).toBeLessThan(BUDGET_MS)
    expect(await highlighted()).toEqual(inP1)
    await follow('c1.s1')
    expect(await highlighted()).toEqual(['c1.s1'])
    await follow('p99.s1')
    expect(await highlighted()).toEqual([])
  })

  it(`handles any fragment within ${BUDGET_MS} ms and never throws`, async () => {
    await page.goto(`${base}/article`)
    const number = fc.oneof(fc.nat({ max: 30 }).map(String), fc.constantFrom('0', '9'.repeat(400), '1e9', '00000000000000000003'))
    const fragment = fc.oneof(
      fc.tuple(fc.constantFrom('p', 'c', 'P', 'x'), number, number, number).map(([kind, p, a, b]) => `${kind}${p}.s${a}-s${b}`),
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))),
      fc.string({ maxLength: 60 }),
      fc.array(fc.constantFrom('%', '%E0', '%A4', '%A', '%FF', '%2E', 'p1', '.s', '-s', '1', '#'), { maxLength: 12 }).map((parts) => parts.join('')),
    )
    const samples = [...fc.sample(fragment, { numRuns: 300, seed: 13 }), 'p1.s1-s100000000', '%E0%A4%A', `p1.s1-s${'9'.repeat(5000)}`]
    const slowest = await page.evaluate((fragments) => {
      let worst = { ms: 0, fragment: '' }
      for (const f of fragments) {
        history.replaceState(null, '', `#${f}`)
        const started = performance.now()
        dispatchEvent(new HashChangeEvent('hashchange'))
        const ms = performance.now() - started
        if (ms > worst.ms) worst = { ms, fragment: f }
      }
      return worst
    }, samples)
    expect(slowest.ms, slowest.fragment).toBeLessThan(BUDGET_MS)
    expect(errors).toEqual([])
  })
})
