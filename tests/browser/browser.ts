/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

/** Debian's Chromium: `.ci/run` installs it; on a machine without it, browser tests are skipped (never in CI). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)
if (!hasChromium && process.env.CI) throw new Error(`browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)`)

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core on the page (the context must bypass CSP) and fails on any violation. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(selector ? { include: [[selector]] } : document)
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }, include)
  expect(violations).toEqual([])
}

/**
 * The contrast ratio (WCAG) between an element's text colour and the first opaque background behind
 * it, looking through shadow roots to the host page. `path` is a CSS selector, with `>>>` stepping into
 * a shadow root: `article-search >>> [role=option]`.
 */
export function contrastOf(page: Page, path: string): Promise<number> {
  return page.evaluate((path) => {
    const [outer, ...inner] = path.split('>>>').map((s) => s.trim())
    let node = document.querySelector(outer) as Element | null
    for (const selector of inner) node = node?.shadowRoot?.querySelector(selector) ?? null
    if (!node) throw new Error(`nothing matches ${path}`)
    const rgba = (css: string) => {
      const probe = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
      probe.fillStyle = css
      probe.fillRect(0, 0, 1, 1)
      return [...probe.getImageData(0, 0, 1, 1).data]
    }
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const fg = rgba(getComputedStyle(node).color)
    let bg = [255, 255, 255, 255]
    for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
      const color = rgba(getComputedStyle(at).backgroundColor)
      if (color[3] === 255) {
        bg = color
        break
      }
    }
    const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x)
    return (a + 0.05) / (b + 0.05)
  }, path)
}

/** Saves a screenshot under test-results/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false })
}

/** Runs `fn` on the first <article-search>'s shadow root, in the page. */
export function inWidget<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn})(document.querySelector('article-search').shadowRoot)`) as Promise<T>
}

/**
 * Waits until the widget lists at least one result (an option that links somewhere) and, given the
 * query, until its status names it: the previous query's results stay on show while a search runs.
 */
export function resultsShown(page: Page, query?: string) {
  return page.waitForFunction((query) => {
    const root = document.querySelector('article-search')?.shadowRoot
    const shown = [...(root?.querySelectorAll('a[role=option]') ?? [])].some((o) => o.getClientRects().length > 0)
    return shown && (!query || !!root?.querySelector('[role=status]')?.textContent?.includes(query))
  }, query)
}

/** Whether the results list is on screen. */
export function listOpen(page: Page) {
  return inWidget(page, (r) => {
    const list = r.querySelector('[role=listbox]') as HTMLElement
    return list.getClientRects().length > 0 && list.querySelectorAll('[role=option]').length > 0
  })
}
