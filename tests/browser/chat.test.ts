/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { expectNoAxeViolations, hasChromium, launch, screenshot } from './browser'

describe.skipIf(!hasChromium)('the chat page in Chromium', () => {
  const base = inject('workerUrl')
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launch()
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1000, height: 900 } })
    page = await context.newPage()
    await page.goto(base)
  })
  afterAll(async () => browser?.close())

  /** Asks as a keyboard user would: "/" to reach the question box when focus is elsewhere, type, Enter. */
  async function askWithKeyboard(question: string) {
    const focused = await page.evaluate(() => document.activeElement?.id === 'question')
    if (!focused) await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question')
    await page.keyboard.type(question)
    const turns = await page.locator('.turn.assistant:not([aria-busy])').count()
    await page.keyboard.press('Enter')
    await page.locator('.turn.assistant:not([aria-busy])').nth(turns).waitFor()
    return page.locator('.turn.assistant').nth(turns)
  }

  it('answers a question typed with the keyboard, with numbered citation markers', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    const answer = await askWithKeyboard("Who's Ammar?")
    await expect.poll(() => answer.locator('.text').textContent()).toContain('Deir Ezzor')
    expect(await answer.locator('button.marker').first().textContent()).toBe('[1]')
  })

  it('follows up and says how it read the question', async () => {
    const answer = await askWithKeyboard('Where did he flee to?')
    const text = await answer.locator('.text').textContent()
    expect(text).toContain('Reading this as: “Where did Ammar flee to?”')
    expect(text).toContain('Turkey')
    await screenshot(page, 'chat')
  })

  it('opens a cited passage from its marker, by keyboard, and closes it with Escape', async () => {
    const marker = page.locator('.turn.assistant').last().locator('button.marker').first()
    await marker.focus()
    await page.keyboard.press('Enter')
    const dialog = page.locator('dialog.passage')
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    expect(await dialog.locator('mark').textContent()).toContain('Turkey')
    await screenshot(page, 'chat-passage')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false)
  })

  it('follows a citation to the highlighted sentence in the reader', async () => {
    const marker = page.locator('.turn.assistant').last().locator('button.marker').first()
    await marker.click()
    await page.locator('dialog.passage a', { hasText: 'Read it in the article' }).click()
    await page.waitForURL(/\/article#p\d+\.s\d+/)
    const highlighted = page.locator('.s.hl')
    await highlighted.first().waitFor()
    expect(await highlighted.first().textContent()).toContain('Turkey')
    expect(await highlighted.first().isVisible()).toBe(true)
    const box = await highlighted.first().boundingBox()
    expect(box && box.y >= 0 && box.y < 900).toBe(true)
    await screenshot(page, 'reader')
    await expectNoAxeViolations(page)
    await page.goBack()
  })

  it('shows markup in a question as text', async () => {
    await page.goto(base)
    // A fresh page focuses the question box itself (autofocus), a moment after load; waiting for it keeps
    // the "/" shortcut from racing it and landing in the box.
    await page.waitForFunction(() => document.activeElement?.id === 'question')
    const answer = await askWithKeyboard('<img src=x onerror="window.pwned=1"><b>Who</b> is Hossam?')
    await answer.waitFor()
    const user = page.locator('.turn.user').last()
    expect(await user.locator('.text').textContent()).toBe('<img src=x onerror="window.pwned=1"><b>Who</b> is Hossam?')
    expect(await page.locator('.conversation img, .conversation b').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })

  it('answers a question about the article itself and opens its bibliographic source', async () => {
    const answer = await askWithKeyboard('Who wrote this article?')
    await expect.poll(() => answer.locator('.text').textContent()).toContain('Mara Revkin and Ahmad Mhidi')
    await answer.locator('button.marker').first().click()
    const dialog = page.locator('dialog.passage')
    expect(await dialog.locator('h2').textContent()).toBe('Source 1: Quitting ISIS')
    await page.keyboard.press('Escape')
  })

  it('has no accessibility violations (axe-core), with a conversation on screen', async () => {
    await expectNoAxeViolations(page)
  })

  it('is usable on a phone-sized screen', async () => {
    const phone = await context.newPage()
    await phone.setViewportSize({ width: 375, height: 740 })
    await phone.goto(base)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    expect(overflow).toBe(false)
    expect(await phone.locator('form.ask input').isVisible()).toBe(true)
    await screenshot(phone, 'chat-phone')
    await phone.close()
  })
})

describe.skipIf(!hasChromium)('the chat page when things go wrong, at desktop and phone widths', () => {
  const base = inject('workerUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => browser?.close())

  async function open(width: number, height: number) {
    const page = await (await browser.newContext({ bypassCSP: true, viewport: { width, height } })).newPage()
    await page.goto(base)
    return page
  }

  async function ask(page: Page, question: string) {
    const turns = await page.locator('.turn.assistant').count()
    await page.locator('#question').fill(question)
    await page.keyboard.press('Enter')
    await page.locator('.turn.assistant:not([aria-busy])').nth(turns).waitFor()
    return page.locator('.turn.assistant').nth(turns)
  }

  /** Whether every corner of an element's box is the element itself (or inside it), nothing drawn over it. */
  function uncovered(page: Page, selector: string) {
    return page.evaluate((selector) => {
      const el = [...document.querySelectorAll(selector)].at(-1) as Element
      const r = el.getBoundingClientRect()
      const points = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]
      return r.height > 0 && points.every(([x, y]) => { const at = document.elementFromPoint(x, y); return !!at && (el === at || el.contains(at)) })
    }, selector)
  }

  for (const [width, height] of [[1280, 720], [390, 740]]) {
    it(`keeps the newest answer, its sources and the status clear of the Ask bar at ${width} px`, async () => {
      const page = await open(width, height)
      for (const q of ['Who is Sami?', 'Why do Syrians join ISIS?', 'Why did Abu Khalid leave?']) await ask(page, q)
      expect(await uncovered(page, '.turn.assistant .sources li')).toBe(true)
      expect(await uncovered(page, '.status')).toBe(true)
      expect(await page.locator('.status').textContent()).toMatch(/^Answered/)
      // With the worker unreachable, the failure is in view.
      await page.route(`${base}/api/chat`, (route) => route.abort())
      const failed = await ask(page, 'Who was Hossam?')
      expect(await failed.textContent()).toContain('Sorry, that did not work')
      expect(await uncovered(page, '.turn.assistant .text')).toBe(true)
      await page.context().close()
    })
  }

  it('says a stream that ends before its last event did not finish, and offers to try again', async () => {
    const page = await open(1000, 900)
    await page.route(`${base}/api/chat`, (route) => route.fulfill({
      contentType: 'text/event-stream',
      body: 'event: citations\ndata: []\n\nevent: delta\ndata: "A former law "\n\nevent: delta\ndata: "student from the"\n\n',
    }))
    const answer = await ask(page, 'Who is Sami?')
    expect(await answer.locator('.text').textContent()).toMatch(/did not finish/)
    expect(await page.locator('.status').textContent()).not.toMatch(/Answered/)
    await page.unroute(`${base}/api/chat`)
    await answer.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => page.locator('.turn.assistant').last().locator('.text').textContent()).toContain('al-Hasakah')
    expect(await page.locator('.turn.user').count()).toBe(1)
    await page.context().close()
  })

  it('asks one question at a time: suggestions wait while an answer is pending', async () => {
    const page = await open(1000, 900)
    await page.route(`${base}/api/chat`, async (route) => {
      await new Promise((r) => setTimeout(r, 700))
      await route.continue()
    })
    const suggestions = page.locator('.suggestions button')
    await suggestions.nth(0).click()
    await suggestions.nth(1).click({ force: true })
    expect(await page.locator('.status').textContent()).not.toMatch(/Answered/)
    expect(await suggestions.nth(1).isDisabled()).toBe(true)
    await page.locator('.turn.assistant:not([aria-busy])').first().waitFor()
    expect(await page.locator('.turn.user').count()).toBe(1)
    expect(await suggestions.nth(1).isEnabled()).toBe(true)
    await page.context().close()
  })

  it('cuts long source titles at a word, not inside one', async () => {
    const page = await open(1000, 900)
    const question = 'Why do Syrians join ISIS?'
    const answer = await ask(page, question)
    const titles = await answer.locator('.sources li').allTextContents()
    const { citations } = (await (await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })).json()) as { citations: { selector: { exact: string } }[] }
    expect(titles.length).toBe(citations.length)
    const cut = titles.map((title, i) => ({ title, exact: citations[i].selector.exact })).filter(({ title }) => title.endsWith('…'))
    expect(cut.length).toBeGreaterThan(0)
    for (const { title, exact } of cut) {
      const kept = title.slice(0, -1)
      expect(exact.startsWith(kept)).toBe(true)
      expect(exact[kept.length]).toMatch(/[^\p{L}\p{N}]/u)
    }
    await page.context().close()
  })

  it('sets off a yes-or-no verdict and lists a summary’s cited sentences', async () => {
    const page = await open(1000, 900)
    const list = await ask(page, 'Why do Syrians join ISIS?')
    expect(await list.locator('.text li').count()).toBe(5)
    expect(await list.locator('.text li button.marker').allTextContents()).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]'])
    const done = { answer: 'No, the article gives no figure for that. [1]', abstained: false, citations: [{ id: 'quitting-isis:p9', anchor: 'p9.s1', text: 'x', start: 0, end: 1, selector: { type: 'TextQuoteSelector', exact: 'the FSA may pay its fighters as little as $36 per month', prefix: '', suffix: '' }, document: { id: 'quitting-isis', title: 'Quitting ISIS' }, part: 2, kind: 'paragraph' }] }
    await page.route(`${base}/api/chat`, (route) => route.fulfill({ contentType: 'text/event-stream', body: `event: citations\ndata: ${JSON.stringify(done.citations)}\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n` }))
    const verdict = await ask(page, 'Does the FSA pay more than ISIS?')
    expect(await verdict.locator('.text strong').textContent()).toBe('No')
    await page.context().close()
  })
})
