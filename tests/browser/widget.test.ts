/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { contrastOf, expectNoAxeViolations, hasChromium, inWidget, launch, listOpen, resultsShown, screenshot } from './browser'

describe.skipIf(!hasChromium)('the widget on a page of another origin', () => {
  const host = inject('hostUrl')
  const worker = inject('workerUrl')
  let browser: Browser
  let page: Page
  const inPage = <T>(fn: (root: ShadowRoot) => T) => inWidget(page, fn)
  const clear = () => inPage((r) => { (r.querySelector('input') as HTMLInputElement).value = '' })

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
    expect(await inPage((r) => r.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('salary', { delay: 20 })
    await resultsShown(page, 'salary')
    const view = await inPage((r) => ({
      groups: [...r.querySelectorAll('.group')].map((g) => g.textContent),
      marks: [...r.querySelectorAll('[role=option] mark')].map((m) => m.textContent?.toLowerCase()),
      expanded: r.querySelector('input')?.getAttribute('aria-expanded'),
      api: [...r.querySelectorAll('a[role=option]')].map((o) => (o as HTMLAnchorElement).href)[0],
    }))
    expect(view.expanded).toBe('true')
    expect(view.groups[0]).toMatch(/^Part \d/)
    expect(view.marks).toContain('salaries')
    expect(view.api.startsWith(`${worker}/article#p`)).toBe(true)
    await screenshot(page, 'widget-results')
  })

  it('heads each group with its part and labels each result with its paragraph, in sentence case', async () => {
    const view = await inPage((r) => ({
      groups: [...r.querySelectorAll('.group')].map((g) => ({ text: g.textContent, transform: getComputedStyle(g).textTransform })),
      labels: [...r.querySelectorAll('a[role=option]:not(.sub)')].map((o) => (o as HTMLElement).innerText.split('\n').at(-1)),
    }))
    for (const group of view.groups) {
      expect(group.text).toMatch(/^Part \d+$/)
      expect(group.transform).toBe('none')
    }
    expect(view.labels.length).toBeGreaterThan(0)
    for (const label of view.labels) expect(label).toMatch(/^(Paragraph|Photo caption) \d+$/)
  })

  it('draws results in the widget’s own colours, not as the browser’s links', async () => {
    const colours = await inPage((r) => ({
      option: getComputedStyle(r.querySelector('a[role=option]') as Element).color,
      text: getComputedStyle(r.querySelector('input') as Element).color,
    }))
    expect(colours.option).toBe(colours.text)
    expect(await contrastOf(page, 'article-search >>> a[role=option]')).toBeGreaterThanOrEqual(4.5)
  })

  it('moves through results with the arrow keys and selects with Enter', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const active = await inPage((r) => {
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

  it('reopens its results when the box is focused again', async () => {
    await clear()
    await page.keyboard.type('Kalashnikov')
    await resultsShown(page, 'Kalashnikov')
    await page.locator('h1').click()
    await expect.poll(() => listOpen(page)).toBe(false)
    await page.keyboard.press('/')
    await expect.poll(() => listOpen(page)).toBe(true)
  })

  it('closes the results with Escape and keeps the query', async () => {
    expect(await listOpen(page)).toBe(true)
    await page.keyboard.press('Escape')
    expect(await listOpen(page)).toBe(false)
    expect(await inPage((r) => (r.querySelector('input') as HTMLInputElement).value)).toBe('Kalashnikov')
    await page.keyboard.press('Escape')
    expect(await inPage((r) => (r.querySelector('input') as HTMLInputElement).value)).toBe('Kalashnikov')
  })

  it('shows a cited answer when a question is asked with Enter, its markers linking to the passages', async () => {
    await clear()
    await page.keyboard.type('What does an FSA fighter earn in a year?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer ol a'))
    const answer = await inPage((r) => ({
      text: r.querySelector('.answer p')?.textContent,
      link: (r.querySelector('.answer ol a') as HTMLAnchorElement).href,
      marker: [...r.querySelectorAll('.answer p a')].map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href })),
    }))
    expect(answer.text).toContain('$432')
    expect(answer.link).toMatch(/\/article#p9\.s1$/)
    expect(answer.marker).toEqual([{ text: '[1]', href: answer.link }])
    const events = await page.evaluate(() => (window as unknown as { events: { type: string; detail: { computation?: { value: number } } }[] }).events)
    expect(events.at(-1)?.type).toBe('article-search:answer')
    expect(events.at(-1)?.detail.computation?.value).toBe(432)
    await screenshot(page, 'widget-answer')
    await expectNoAxeViolations(page, 'article-search')
  })

  it('keeps the host page’s CSS out', async () => {
    const styles = await inPage((r) => {
      const input = r.querySelector('input') as HTMLInputElement
      const text = r.querySelector('.answer p') as HTMLElement
      return { input: getComputedStyle(input).backgroundColor, color: getComputedStyle(text).color, font: getComputedStyle(text).fontFamily }
    })
    expect(styles.input).not.toBe('rgb(0, 255, 0)')
    expect(styles.color).not.toBe('rgb(255, 0, 0)')
    expect(styles.font).not.toMatch(/^serif$/)
  })

  it('shows markup in a question as text', async () => {
    await clear()
    await page.keyboard.type('<img src=x onerror="window.pwned=1"> Who is Hossam?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer p:not(.status)'))
    expect(await inPage((r) => r.querySelectorAll('img').length)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })

  it('follows a changed attribute for every string it shows, the Ask button’s included', async () => {
    await page.evaluate(() => document.querySelector('article-search')?.setAttribute('ask-text', 'Go'))
    expect(await inPage((r) => r.querySelector('[part~=button]')?.textContent)).toBe('Go')
    await page.evaluate(() => document.querySelector('article-search')?.removeAttribute('ask-text'))
    expect(await inPage((r) => r.querySelector('[part~=button]')?.textContent)).toBe('Ask')
  })

  it('has no accessibility violations (axe-core), results open', async () => {
    await clear()
    await page.keyboard.type('salary')
    await resultsShown(page, 'salary')
    await expectNoAxeViolations(page, 'article-search')
  })
})

describe.skipIf(!hasChromium)('the widget on a slow network', () => {
  const host = inject('hostUrl')
  const worker = inject('workerUrl')
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launch()
    page = await (await browser.newContext({ bypassCSP: true })).newPage()
    // Every search takes 800 ms to answer.
    await page.route(`${worker}/api/search?**`, async (route) => {
      await new Promise((r) => setTimeout(r, 800))
      await route.continue().catch(() => {})
    })
    await page.goto(host)
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
  })
  afterAll(async () => browser?.close())

  for (const [how, undo] of [
    ['clearing the box', async () => { await page.keyboard.press('Control+A'); await page.keyboard.press('Backspace') }],
    ['pressing Escape', async () => { await page.keyboard.press('Escape') }],
  ] as const) {
    it(`shows no results for a search abandoned by ${how} while it was in flight`, async () => {
      await page.keyboard.press('/')
      await page.keyboard.press('Control+A')
      const asked = page.waitForRequest((r) => r.url().startsWith(`${worker}/api/search`))
      await page.keyboard.type('salary')
      await asked
      await undo()
      await new Promise((r) => setTimeout(r, 1200))
      expect(await listOpen(page)).toBe(false)
      await page.locator('h1').click()
    })
  }
})
