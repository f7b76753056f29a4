/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, inWidget, launch, listOpen, resultsShown } from './browser'

/** What people who embed Pagefind's UI or DocSearch take for granted. */
describe.skipIf(!hasChromium)('the widget’s search features', () => {
  const host = inject('hostUrl')
  const worker = inject('workerUrl')
  let browser: Browser
  let page: Page
  const view = () => inWidget(page, (r) => ({
    status: r.querySelector('[role=status]')?.textContent,
    results: r.querySelectorAll('a[role=option]:not(.sub)').length,
    options: [...r.querySelectorAll('[role=option]')].map((o) => (o as HTMLElement).innerText.trim()),
    groups: [...r.querySelectorAll('.group')].map((g) => g.textContent),
  }))

  async function typeInto(words: string) {
    await page.locator('article-search [role=combobox]').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Backspace')
    await page.keyboard.type(words)
  }

  /** Searches for `words` and waits for their results (not the previous query's, still on show meanwhile). */
  async function searchFor(words: string) {
    await typeInto(words)
    await expect.poll(async () => (await view()).status).toMatch(new RegExp(`^\\d+ results? for “${words}”$`))
  }

  beforeAll(async () => {
    browser = await launch()
    page = await (await browser.newContext({ bypassCSP: true })).newPage()
    await page.goto(host)
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
  })
  afterAll(async () => browser?.close())

  it('announces how many passages match, naming the query', async () => {
    await searchFor('salary')
    const { status, results } = await view()
    expect(results).toBeGreaterThan(1)
    expect(status).toBe(`${results} results for “salary”`)
    expect(await inWidget(page, (r) => r.querySelector('[role=status]')?.closest('[role=listbox]'))).toBeNull()
  })

  it('shows the keyboard hints under the results', async () => {
    const hints = await inWidget(page, (r) => (r.querySelector('[part~=hints]') as HTMLElement).innerText.replace(/\s+/g, ' '))
    expect(hints).toBe('↑ ↓ to navigate ↵ to select esc to close')
    expect(await inWidget(page, (r) => [...r.querySelectorAll('[part~=hints] kbd')].map((k) => k.textContent))).toEqual(['↑', '↓', '↵', 'esc'])
  })

  it('lists, under a result, the other sentences of its passage that match', async () => {
    await searchFor('ISIS fighters')
    const subs = await inWidget(page, (r) => [...r.querySelectorAll('a[role=option].sub')].map((o) => {
      let main = o.previousElementSibling
      while (main?.classList.contains('sub')) main = main.previousElementSibling
      return { sub: (o as HTMLAnchorElement).hash, main: (main as HTMLAnchorElement).hash, marks: o.querySelectorAll('mark').length }
    }))
    expect(subs.length).toBeGreaterThan(0)
    for (const { sub, main, marks } of subs) {
      expect(sub.split('.')[0]).toBe(main.split('.')[0])
      expect(sub).not.toBe(main)
      expect(marks).toBeGreaterThan(0)
    }
  })

  it('offers more results beyond the first eight, from the keyboard', async () => {
    await searchFor('ISIS')
    const first = await view()
    expect(first.results).toBe(8)
    expect(first.options.at(-1)).toBe('Show more results')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await view()).results).toBeGreaterThan(8)
    const more = await view()
    expect(more.status).toBe(`${more.results} results for “ISIS”`)
    expect(await listOpen(page)).toBe(true)
  })

  it('says there are no results for a query, naming it, and offers to ask it as a question', async () => {
    await typeInto('qwxzv')
    await expect.poll(async () => (await view()).status).toBe('No results for “qwxzv”')
    expect((await view()).options).toEqual(['Ask “qwxzv” as a question'])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer p:not(.status)'))
    expect(await inWidget(page, (r) => r.querySelector('.answer')?.textContent)).toMatch(/does not/)
  })

  it('keeps recent searches in the browser, offers them in an empty box and clears them on request', async () => {
    await searchFor('Kalashnikov')
    await page.keyboard.press('ArrowDown')
    await page.evaluate(() => document.addEventListener('article-search:select', (e) => e.preventDefault()))
    await page.keyboard.press('Enter')
    await page.reload()
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    await page.locator('article-search [role=combobox]').click()
    await expect.poll(async () => (await view()).groups).toEqual(['Recent searches'])
    expect((await view()).options).toEqual(['Kalashnikov', 'qwxzv', 'Clear recent searches'])
    // Choosing one searches for it again.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await resultsShown(page, 'Kalashnikov')
    expect(await inWidget(page, (r) => (r.querySelector('input') as HTMLInputElement).value)).toBe('Kalashnikov')
    await typeInto('')
    await expect.poll(async () => (await view()).options.at(-1)).toBe('Clear recent searches')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    expect(await listOpen(page)).toBe(false)
    await page.reload()
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    await page.locator('article-search [role=combobox]').click()
    await new Promise((r) => setTimeout(r, 300))
    expect(await listOpen(page)).toBe(false)
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
  })

  it('sets off a yes-or-no answer’s verdict and lists a summary’s cited sentences', async () => {
    await page.route(`${worker}/api/ask`, (route) => route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ answer: 'Yes, ISIS cut its fighters’ salaries. [1]', abstained: false, citations: [{ id: 'quitting-isis:p17', anchor: 'p17.s2', text: 'x', start: 0, end: 1, selector: { type: 'TextQuoteSelector', exact: 'ISIS has slashed all fighters’ salaries', prefix: '', suffix: '' }, document: { id: 'quitting-isis', title: 'Quitting ISIS' }, part: 3, kind: 'paragraph' }] }),
    }))
    await typeInto('Did ISIS cut salaries?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer strong'))
    expect(await inWidget(page, (r) => r.querySelector('.answer strong')?.textContent)).toBe('Yes')
    await page.unroute(`${worker}/api/ask`)
    await typeInto('Why do Syrians join ISIS?')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('article-search')?.shadowRoot?.querySelector('.answer li a'))
    const list = await inWidget(page, (r) => ({
      lead: r.querySelector('.answer p')?.textContent,
      items: [...r.querySelectorAll('.answer ul li')].map((li) => li.querySelector('a.marker')?.textContent),
    }))
    expect(list.lead).toBe('The article gives five reasons.')
    expect(list.items).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]'])
  })
})

describe.skipIf(!hasChromium)('the widget in another language', () => {
  const host = inject('hostUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => browser?.close())

  async function open(query: string, viewport = { width: 1000, height: 800 }) {
    const page = await (await browser.newContext({ bypassCSP: true, viewport })).newPage()
    await page.goto(`${host}/?${query}`)
    await page.waitForFunction(() => customElements.get('article-search') !== undefined)
    return page
  }

  /** Every string the widget shows of its own (not the article's words), as a reader sees it. */
  const chrome = (page: Page) => inWidget(page, (r) => ({
    placeholder: (r.querySelector('input') as HTMLInputElement).placeholder,
    label: r.querySelector('label')?.textContent,
    ask: (r.querySelector('[part~=button]') as HTMLElement).innerText,
    status: r.querySelector('[role=status]')?.textContent,
    group: r.querySelector('.group')?.textContent,
    label0: (r.querySelector('a[role=option]:not(.sub)') as HTMLElement | null)?.innerText.split('\n').at(-1),
    last: (r.querySelector('[role=listbox] > [role=option]:last-child') as HTMLElement | null)?.innerText,
    hints: (r.querySelector('[part~=hints]') as HTMLElement).innerText.replace(/\s+/g, ' '),
  }))

  it('speaks the host page’s language (French) in every string it shows', async () => {
    const page = await open('lang=fr&attrs=')
    await page.locator('article-search [role=combobox]').click()
    await page.keyboard.type('ISIS')
    await resultsShown(page, 'ISIS')
    const seen = await chrome(page)
    expect(seen).toMatchObject({
      placeholder: 'Rechercher dans l’article ou poser une question',
      label: 'Rechercher dans l’article',
      ask: 'Demander',
      status: '8 résultats pour «\u00a0ISIS\u00a0»',
      hints: '↑ ↓ pour naviguer ↵ pour choisir échap pour fermer',
      last: 'Afficher plus de résultats',
    })
    expect(seen.group).toMatch(/^Partie \d+$/)
    expect(seen.label0).toMatch(/^(Paragraphe|Légende de photo) \d+$/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('qwxzv')
    await expect.poll(async () => (await chrome(page)).status).toBe('Aucun résultat pour «\u00a0qwxzv\u00a0»')
    expect((await chrome(page)).last).toBe('Poser «\u00a0qwxzv\u00a0» comme question')
    await page.context().close()
  })

  it('uses a French word for a single result, and French on a phone’s sheet', async () => {
    const page = await open('lang=fr-CA&attrs=', { width: 390, height: 740 })
    await page.locator('article-search [role=combobox]').click()
    await page.keyboard.type('Kalashnikov')
    await resultsShown(page, 'Kalashnikov')
    expect((await chrome(page)).status).toMatch(/^1 résultat pour «\u00a0Kalashnikov\u00a0»$/)
    expect(await inWidget(page, (r) => (r.querySelector('[part~=close]') as HTMLElement).innerText)).toBe('Fermer')
    await page.context().close()
  })

  it('lets attributes override a string, and a lang attribute override the page’s language', async () => {
    const page = await open(`lang=fr&attrs=${encodeURIComponent('ask-text="Chercher"')}`)
    expect((await chrome(page)).ask).toBe('Chercher')
    expect((await chrome(page)).placeholder).toBe('Rechercher dans l’article ou poser une question')
    await page.context().close()
    const english = await open(`lang=fr&attrs=${encodeURIComponent('lang="en"')}`)
    expect((await chrome(english)).ask).toBe('Ask')
    await english.context().close()
  })

  it('falls back to English for a language it has no strings for', async () => {
    const page = await open('lang=tlh&attrs=')
    expect((await chrome(page)).ask).toBe('Ask')
    await page.context().close()
  })
})
