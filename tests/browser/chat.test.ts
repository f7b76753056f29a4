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
    const answer = await askWithKeyboard('Who is Ammar?')
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
