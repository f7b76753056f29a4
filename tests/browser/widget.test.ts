/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { expectNoAxeViolations, hasChromium, launch, screenshot } from './browser'

describe.skipIf(!hasChromium)('the widget on a page of another origin', () => {
  const host = inject('hostUrl')
  const worker = inject('workerUrl')
  let browser: Browser
  let page: Page
  const inWidget = <T>(fn: (root: ShadowRoot) => T) => page.evaluate(`(${fn})(document.querySelector('article-search').shadowRoot)`) as Promise<T>

  beforeAll(async () => {
    expect(new URL(host).origin).not.toBe(new URL(worker).origin)
    browser = await launch()
    page = await (await browser.newContext({ bypassCSP: true })).newPage()
    await page.goto(host)
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    // The host page listens for the widget's events, which cross the shadow boundary.
    await page.evaluate(() => {
      const w = window as unknown as { events: unknown[] }
      w.events = []
      for (const type of ['article-search:select', 'article-search:answer']) {
        document.addEventListener(type, (e) => {
          w.events.push({ type, detail: (e as CustomEvent).detail })
          if (type === 'article-search:select') e.preventDefault()
        })
      }
    })
  })
  afterAll(async () => browser?.close())

  it('focuses with its keyboard shortcut and shows results grouped by part, matches highlighted, as you type', async () => {
    await page.keyboard.press('/')
    expect(await inWidget((r) => r.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('salary', { delay: 20 })
    await page.waitForFunction(() => (document.querySelector('article-search')?.shadowRoot?.querySelectorAll('[role=option]').length ?? 0) > 0)
    const view = await inWidget((r) => ({
      groups: [...r.querySelectorAll('.group')].map((g) => g.textContent),
      marks: [...r.querySelectorAll('[role=option] mark')].map((m) => m.textContent?.toLowerCase()),
      expanded: r.querySelector('input')?.getAttribute('aria-expanded'),
      api: [...r.querySelectorAll('[role=option]')].map((o) => (o as HTMLAnchorElement).href)[0],
    }))
    expect(view.expanded).toBe('true')
    expect(view.groups[0]).toMatch(/^Part \d/)
    expect(view.marks).toContain('salaries')
    expect(view.api.startsWith(`${worker}/article#p`)).toBe(true)
    await screenshot(page, 'widget-results')
  })

  it('moves through results with the arrow keys and selects with Enter', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const active = await inWidget((r) => {
      const id = r.querySelector('input')?.getAttribute('aria-activedescendant')
      return { id, selected: r.querySelector('[aria-selected=true]')?.id }
    })
    expect(active.id).toBeTruthy()
    expect(active.selected).toBe(active.id)
    await page.keyboard.press('Enter')
    const events = await page.evaluate(() => (window as unknown as { events: { type: string; detail: { id: string } }[] }).events)
    expect(events.at(-1)?.type).toBe('article-search:select')
    expect(events.at(-1)?.detail.id).toMatch(/^quitting-isis:[pc]\d+$/)
  })

  it('shows a cited answer when a question is asked with Enter', async () => {
    await inWidget((r) => { (r.querySelector('input') as HTMLInputElement).value = '' })
    await page.keyboard.type('How much does an FSA fighter earn in a year?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer ol a'))
    const answer = await inWidget((r) => ({ text: r.querySelector('.answer p')?.textContent, link: (r.querySelector('.answer ol a') as HTMLAnchorElement).href }))
    expect(answer.text).toContain('$432')
    expect(answer.link).toMatch(/\/article#p9\.s1$/)
    const events = await page.evaluate(() => (window as unknown as { events: { type: string; detail: { computation?: { value: number } } }[] }).events)
    expect(events.at(-1)?.type).toBe('article-search:answer')
    expect(events.at(-1)?.detail.computation?.value).toBe(432)
    await screenshot(page, 'widget-answer')
  })

  it('keeps the host page’s CSS out', async () => {
    const styles = await inWidget((r) => {
      const input = r.querySelector('input') as HTMLInputElement
      const text = r.querySelector('.answer p') as HTMLElement
      return { input: getComputedStyle(input).backgroundColor, color: getComputedStyle(text).color, font: getComputedStyle(text).fontFamily }
    })
    expect(styles.input).not.toBe('rgb(0, 255, 0)')
    expect(styles.color).not.toBe('rgb(255, 0, 0)')
    expect(styles.font).not.toMatch(/^serif$/)
  })

  it('shows markup in a question as text', async () => {
    await inWidget((r) => { (r.querySelector('input') as HTMLInputElement).value = '' })
    await page.keyboard.type('<img src=x onerror="window.pwned=1"> Who is Hossam?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer p:not(.status)'))
    expect(await inWidget((r) => r.querySelectorAll('img').length)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })

  it('closes the results with Escape', async () => {
    await inWidget((r) => { (r.querySelector('input') as HTMLInputElement).value = '' })
    await page.keyboard.type('Kalashnikov')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('[role=option]'))
    await page.keyboard.press('Escape')
    expect(await inWidget((r) => (r.querySelector('[role=listbox]') as HTMLElement).hidden)).toBe(true)
  })

  it('has no accessibility violations (axe-core), results open', async () => {
    await page.keyboard.type(' salary')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('[role=option]'))
    await expectNoAxeViolations(page, 'article-search')
  })
})
