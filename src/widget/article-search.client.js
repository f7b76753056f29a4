// <article-search>: search and cited answers over the article, for any site. Framework-free; it
// reaches the worker only over HTTP. Text from the server is only ever set with textContent.
// Bundled before this file: STYLE (article-search.styles.client.js), STRINGS (strings.client.js),
// splitAnswer, clip and formatValue (answer-text.client.js), the DOM builders (views.client.js),
// RecentSearches (recent-searches.client.js) and PhoneSheet (phone-sheet.client.js).
const DEBOUNCE_MS = 150
/** Results asked for at first; "Show more results" asks for this many more, up to the API's 50. */
const PAGE = 8
const MAX_RESULTS = 50
/** Recent searches kept in the browser (the `recent` attribute overrides; 0 keeps none). */
const RECENT = 5

let instances = 0

class ArticleSearch extends HTMLElement {
  static observedAttributes = [...Object.keys(STRINGS.en), 'lang']

  #root = this.attachShadow({ mode: 'open' })
  #id = `as${++instances}`
  /** The request in flight per kind ('search', 'ask'); a newer one of the same kind aborts it. */
  #requests = new Map()
  #timer
  #options = []
  #active = -1
  #groups = 0
  /** The results on show: `{ q, limit, results }`. */
  #shown
  #top
  #q
  #list
  #panel
  #answer
  #sheet
  /** What the DOM builders (views.client.js) need from the element. */
  #ui = { text: (name, vars) => this.text(name, vars), link: (...args) => this.#link(...args), groupId: () => `${this.#id}-g${++this.#groups}` }
  #onShortcut = (e) => this.#shortcut(e)

  connectedCallback() {
    document.addEventListener('keydown', this.#onShortcut)
    if (this.#root.childElementCount) return
    const id = this.#id
    // A constructed stylesheet, not a <style> element: pages with a strict CSP (style-src 'self') allow it.
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(STYLE)
    this.#root.adoptedStyleSheets = [sheet]
    this.#root.innerHTML = `<div class="root" part="root"><div class="bar" part="bar"><label for="${id}-q"></label>
<input id="${id}-q" part="input" type="search" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="${id}-list" autocomplete="off" spellcheck="false" maxlength="1000" enterkeyhint="search">
<button type="button" part="button"></button><button type="button" class="close" part="close"></button></div>
<div class="panel" part="panel" hidden><div class="status" role="status" part="status"></div><div role="listbox" id="${id}-list" part="listbox"></div><div class="hints" part="hints"></div></div>
<section class="answer" part="answer" aria-live="polite" hidden></section></div>`
    const $ = (s) => this.#root.querySelector(s)
    this.#top = $('.root')
    this.#q = $('input')
    this.#list = $('[role=listbox]')
    this.#panel = $('.panel')
    this.#answer = $('.answer')
    this.#sheet = new PhoneSheet(this.#top)
    this.#applyText()
    this.#q.addEventListener('input', () => this.#onInput())
    this.#q.addEventListener('keydown', (e) => this.#onKey(e))
    this.#q.addEventListener('focus', () => this.#onFocus())
    this.#q.addEventListener('click', () => this.#phoneSheet())
    this.#q.addEventListener('blur', () => setTimeout(() => { if (!this.#root.activeElement && !this.#isSheet()) this.#close() }, 150))
    $('[part=button]').addEventListener('click', () => this.ask(this.#q.value))
    $('.close').addEventListener('click', () => this.#closeSheet())
    // Clicking in the panel keeps the focus (and so the list) in the box.
    this.#panel.addEventListener('mousedown', (e) => e.preventDefault())
    this.#list.addEventListener('click', (e) => {
      const option = e.target.closest('[role=option]')
      if (!option) return
      e.preventDefault()
      this.#choose(option)
    })
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onShortcut)
    for (const kind of this.#requests.keys()) this.#cancel(kind)
    this.#closeSheet()
  }

  attributeChangedCallback() {
    if (!this.#q) return
    this.#applyText()
    if (this.#shown && !this.#panel.hidden) this.#render()
  }

  /** A string in the widget's language: the attribute of that name, else the bundled one, `{n}` and `{q}` filled in. */
  text(name, vars = {}) {
    const set = STRINGS[this.#lang()]
    const template = this.getAttribute(name) ?? (Object.hasOwn(set, name) ? set : STRINGS.en)[name]
    return template.replace(/\{([nq])\}/g, (whole, key) => (Object.hasOwn(vars, key) ? vars[key] : whole))
  }

  /** The worker's origin: the `api` attribute, else where widget.js was loaded from. */
  get api() {
    return (this.getAttribute('api') ?? ArticleSearch.origin ?? location.origin).replace(/\/$/, '')
  }

  /** The bundled language nearest the element's `lang` (its own, else the page's), else English. */
  #lang() {
    const tag = (this.closest('[lang]')?.lang || document.documentElement.lang || 'en').toLowerCase().split('-')[0]
    return Object.hasOwn(STRINGS, tag) ? tag : 'en'
  }

  #applyText() {
    const $ = (s) => this.#root.querySelector(s)
    this.#top.lang = this.#lang()
    this.#q.placeholder = this.text('placeholder')
    $('label').textContent = this.text('label')
    this.#list.setAttribute('aria-label', this.text('label'))
    if (this.#isSheet()) this.#top.setAttribute('aria-label', this.text('label'))
    $('[part=button]').textContent = this.text('ask-text')
    $('.close').textContent = this.text('close-text')
    // "[↑] [↓] to navigate [↵] to select …": the bracketed parts are keys.
    const hints = this.text('hints-text').split(/\[([^\]]+)\]/)
    $('.hints').replaceChildren(...hints.map((s, i) => (i % 2 ? el('kbd', { textContent: s, className: i > 1 && hints[i - 1].trim() ? 'gap' : '' }) : s)))
  }

  #shortcut(event) {
    const parts = (this.getAttribute('shortcut') ?? '/').toLowerCase().split('+')
    const mods = { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey }
    if (event.key.toLowerCase() !== parts.at(-1) || !parts.slice(0, -1).every((m) => mods[m])) return
    const target = event.composedPath()[0]
    if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return
    event.preventDefault()
    this.#q.focus()
  }

  #onFocus() {
    this.#phoneSheet()
    const q = this.#q.value.trim()
    if (!q) this.#showRecent()
    else if (this.#shown?.q === q) this.#openPanel()
    else if (q.length >= 2) this.search(q)
  }

  #onInput() {
    this.#phoneSheet()
    clearTimeout(this.#timer)
    const q = this.#q.value.trim()
    if (q.length >= 2) {
      this.#timer = setTimeout(() => this.search(q), DEBOUNCE_MS)
      return
    }
    // A search still in flight would otherwise open its results over a box that no longer asks for them.
    this.#cancel('search')
    this.#shown = undefined
    if (q) this.#close()
    else this.#showRecent()
  }

  #onKey(event) {
    if (event.isComposing) return
    const n = this.#options.length
    const open = !this.#panel.hidden && n > 0
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return
      event.preventDefault()
      const down = event.key === 'ArrowDown'
      this.#highlight(this.#active < 0 ? (down ? 0 : n - 1) : (this.#active + (down ? 1 : n - 1)) % n)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (open && this.#active >= 0) this.#choose(this.#options[this.#active])
      else this.ask(this.#q.value)
    } else if (event.key === 'Escape') {
      // A search box clears itself on Escape; this one only closes: the list, then the phone's sheet.
      event.preventDefault()
      clearTimeout(this.#timer)
      this.#cancel('search')
      if (!this.#panel.hidden) this.#close()
      else this.#closeSheet()
    }
  }

  /** JSON from the worker, or undefined when a newer request of the same kind has replaced this one. */
  async #fetch(kind, path, init) {
    this.#cancel(kind)
    const controller = new AbortController()
    this.#requests.set(kind, controller)
    const response = await fetch(`${this.api}${path}`, { ...init, signal: controller.signal })
    const body = await response.json().catch(() => ({}))
    if (this.#requests.get(kind) !== controller) return undefined
    this.#requests.delete(kind)
    if (!response.ok) throw new Error(body.detail ?? response.statusText)
    return body
  }

  #cancel(kind) {
    this.#requests.get(kind)?.abort()
    this.#requests.delete(kind)
  }

  /** Searches the article and lists the passages that match, `limit` at most. */
  async search(q, limit = PAGE) {
    this.#status(this.text('loading-text'))
    this.#openPanel()
    try {
      const body = await this.#fetch('search', `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`)
      if (body) this.#render({ q, limit, results: body.results })
    } catch (error) {
      if (error.name === 'AbortError') return
      this.#shown = undefined
      this.#fill([])
      this.#status(this.text('error-text'))
    }
  }

  /** Asks the question and shows the cited answer under the box. */
  async ask(question) {
    const q = question.trim()
    if (!q) return
    clearTimeout(this.#timer)
    this.#cancel('search')
    this.#close()
    this.#recent().add(q)
    this.#answer.hidden = false
    this.#answer.replaceChildren(el('p', { className: 'status', textContent: this.text('loading-text') }))
    try {
      const body = await this.#fetch('ask', '/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) })
      if (!body) return
      this.#answer.replaceChildren(...answerNodes(this.#ui, body))
      this.dispatchEvent(new CustomEvent('article-search:answer', { bubbles: true, composed: true, detail: { question: q, ...body } }))
    } catch (error) {
      if (error.name !== 'AbortError') this.#answer.replaceChildren(el('p', { className: 'status', textContent: this.text('error-text') }))
    }
  }

  /** A link into the worker's reader, opening where the `target` attribute says. */
  #link(anchor, props = {}, ...children) {
    return el('a', { href: `${this.api}/article#${anchor}`, target: this.getAttribute('target') ?? '', ...props }, ...children)
  }

  #render(shown = this.#shown) {
    this.#shown = shown
    const { q, limit, results } = shown
    const nodes = resultGroups(this.#ui, results)
    if (results.length === limit && limit < MAX_RESULTS) nodes.push(Object.assign(actionOption(this.text('more-text'), () => this.search(q, Math.min(limit + PAGE, MAX_RESULTS))), { keep: true }))
    if (!results.length) nodes.push(actionOption(this.text('ask-instead-text', { q }), () => this.ask(q)))
    this.#fill(nodes)
    const n = results.length
    const lang = this.#lang()
    const counted = new Intl.PluralRules(lang).select(n) === 'one' ? 'result-text' : 'results-text'
    this.#status(n ? this.text(counted, { n: n.toLocaleString(lang), q }) : this.text('no-results-text', { q }))
  }

  async #choose(option) {
    if (option.run) {
      const at = this.#active
      await option.run()
      // After "Show more results" the keyboard keeps its place in the longer list rather than starting over.
      if (option.keep && this.#options[at]) this.#highlight(at)
      return
    }
    this.#recent().add(this.#q.value.trim())
    const proceed = this.dispatchEvent(new CustomEvent('article-search:select', { bubbles: true, composed: true, cancelable: true, detail: option.detail }))
    this.#close()
    this.#closeSheet()
    if (proceed) window.open(option.href, this.getAttribute('target') ?? '_self')
  }

  #recent() {
    return new RecentSearches(`article-search:recent:${this.api}`, Number(this.getAttribute('recent') ?? RECENT))
  }

  #showRecent() {
    const recent = this.#recent().list()
    this.#shown = undefined
    this.#status('')
    if (!recent.length) return this.#close()
    const again = (q) => () => {
      this.#q.value = q
      return this.search(q)
    }
    this.#fill([groupNode(this.#ui, this.text('recent-text'), recent.map((q) => actionOption(q, again(q), ''))), actionOption(this.text('clear-text'), () => {
      this.#recent().clear()
      this.#close()
    })])
  }

  #fill(nodes) {
    this.#list.replaceChildren(...nodes)
    this.#options = [...this.#list.querySelectorAll('[role=option]')]
    this.#options.forEach((o, i) => {
      o.id = `${this.#id}-o${i}`
      o.setAttribute('aria-selected', 'false')
    })
    this.#active = -1
    this.#q.removeAttribute('aria-activedescendant')
    this.#openPanel()
  }

  #highlight(index) {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false')
    this.#active = index
    const option = this.#options[index]
    option.setAttribute('aria-selected', 'true')
    option.scrollIntoView({ block: 'nearest' })
    this.#q.setAttribute('aria-activedescendant', option.id)
  }

  /** Says what the search found ("8 results for “salary”") in a live region above the list. */
  #status(message) {
    this.#root.querySelector('.status').textContent = message
  }

  #openPanel() {
    // Only for someone in the box: results arriving after they left it stay closed.
    if (!this.#root.activeElement && !this.#isSheet()) return
    this.#panel.hidden = false
    this.#root.querySelector('.hints').hidden = !this.#options.length
    this.#q.setAttribute('aria-expanded', String(this.#options.length > 0))
  }

  #close() {
    this.#panel.hidden = true
    this.#options[this.#active]?.setAttribute('aria-selected', 'false')
    this.#active = -1
    this.#q.setAttribute('aria-expanded', 'false')
    this.#q.removeAttribute('aria-activedescendant')
  }

  #isSheet() {
    return !!this.#sheet?.open
  }

  #phoneSheet() {
    this.#sheet.show(this.text('label'))
  }

  #closeSheet() {
    if (!this.#isSheet()) return
    this.#close()
    this.#sheet.hide()
  }
}
