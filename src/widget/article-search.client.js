// <article-search>: search and cited answers over the article, for any site. Framework-free; it
// reaches the worker only over HTTP. Text from the server is only ever set with textContent.
// Its stylesheet (STYLE) is article-search.styles.client.js, bundled before this file.
const DEFAULTS = {
  placeholder: 'Search the article or ask a question',
  label: 'Search the article',
  'ask-text': 'Ask',
  'loading-text': 'Searching…',
  'no-results-text': 'No passages match.',
  'error-text': 'Search is unavailable right now.',
  'sources-text': 'Sources',
  'abstained-text': 'The article does not say.',
  shortcut: '/',
}
const DEBOUNCE_MS = 150

/** A computation's value as the answer writes it: money with its cents ("$127.50"), other numbers plainly. */
function formatValue({ value, unit }) {
  if (String(unit).startsWith('USD')) return `$${value.toLocaleString('en-US', Number.isInteger(value) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

let instances = 0

class ArticleSearch extends HTMLElement {
  static observedAttributes = ['placeholder', 'label']

  #root = this.attachShadow({ mode: 'open' })
  #id = `as${++instances}`
  #request = 0
  #controller
  #timer
  #options = []
  #active = -1

  connectedCallback() {
    if (this.#root.childElementCount) return
    const id = this.#id
    // A constructed stylesheet, not a <style> element: pages with a strict CSP (style-src 'self') allow it.
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(STYLE)
    this.#root.adoptedStyleSheets = [sheet]
    this.#root.innerHTML = `<div class="root" part="root"><div class="bar" part="bar"><label for="${id}-q"></label>
<input id="${id}-q" part="input" type="search" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="${id}-list" autocomplete="off" spellcheck="false" maxlength="1000">
<button type="button" part="button"></button></div>
<div role="listbox" id="${id}-list" part="listbox" hidden></div>
<div class="status" role="status" part="status"></div>
<section class="answer" part="answer" aria-live="polite" hidden></section></div>`
    this.input = this.#root.querySelector('input')
    this.listbox = this.#root.querySelector('[role=listbox]')
    this.answerBox = this.#root.querySelector('.answer')
    this.button = this.#root.querySelector('button')
    this.#applyText()
    this.input.addEventListener('input', () => this.#onInput())
    this.input.addEventListener('keydown', (e) => this.#onKey(e))
    this.input.addEventListener('blur', () => setTimeout(() => { if (!this.#root.activeElement) this.#close() }, 150))
    this.button.addEventListener('click', () => this.ask(this.input.value))
    this.#onShortcut = (e) => this.#shortcut(e)
    document.addEventListener('keydown', this.#onShortcut)
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onShortcut)
    this.#controller?.abort()
  }

  attributeChangedCallback() {
    if (this.input) this.#applyText()
  }

  #onShortcut

  /** A user-visible string: the attribute of the same name, or the default. */
  text(name) {
    return this.getAttribute(name) ?? DEFAULTS[name]
  }

  /** The worker's origin: the `api` attribute, else where widget.js was loaded from. */
  get api() {
    return (this.getAttribute('api') ?? ArticleSearch.origin ?? location.origin).replace(/\/$/, '')
  }

  #applyText() {
    this.input.placeholder = this.text('placeholder')
    this.#root.querySelector('label').textContent = this.text('label')
    this.button.textContent = this.text('ask-text')
  }

  #shortcut(event) {
    const key = this.text('shortcut').toLowerCase()
    const parts = key.split('+')
    const wanted = parts.at(-1)
    const mods = { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey }
    if (event.key.toLowerCase() !== wanted || !parts.slice(0, -1).every((m) => mods[m])) return
    const target = event.composedPath()[0]
    if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return
    event.preventDefault()
    this.input.focus()
  }

  #onInput() {
    clearTimeout(this.#timer)
    const q = this.input.value.trim()
    if (q.length < 2) {
      this.#status('')
      return this.#close()
    }
    this.#timer = setTimeout(() => this.search(q), DEBOUNCE_MS)
  }

  #onKey(event) {
    const open = !this.listbox.hidden && this.#options.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      this.#highlight((this.#active + step + this.#options.length) % this.#options.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (open && this.#active >= 0) this.#select(this.#options[this.#active])
      else this.ask(this.input.value)
    } else if (event.key === 'Escape') {
      if (open) this.#close()
      else this.input.value = ''
    }
  }

  /** Fetches JSON from the worker, dropping the answer if a newer request has started since. */
  async #fetch(path, init) {
    this.#controller?.abort()
    this.#controller = new AbortController()
    const ticket = ++this.#request
    const response = await fetch(`${this.api}${path}`, { ...init, signal: this.#controller.signal })
    const body = await response.json()
    if (ticket !== this.#request) return undefined
    if (!response.ok) throw new Error(body.detail ?? response.statusText)
    return body
  }

  async search(q) {
    this.#status(this.text('loading-text'))
    try {
      const body = await this.#fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8`)
      if (body) this.#render(body.results)
    } catch (error) {
      if (error.name !== 'AbortError') {
        this.#close()
        this.#status(this.text('error-text'))
      }
    }
  }

  async ask(question) {
    const q = question.trim()
    if (!q) return
    clearTimeout(this.#timer)
    this.#close()
    this.#status('')
    this.answerBox.hidden = false
    this.answerBox.replaceChildren(this.#el('p', { className: 'status', textContent: this.text('loading-text') }))
    try {
      const body = await this.#fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) })
      if (!body) return
      this.#renderAnswer(body)
      this.dispatchEvent(new CustomEvent('article-search:answer', { bubbles: true, composed: true, detail: { question: q, ...body } }))
    } catch (error) {
      if (error.name !== 'AbortError') this.answerBox.replaceChildren(this.#el('p', { className: 'status', textContent: this.text('error-text') }))
    }
  }

  #el(tag, props = {}, ...children) {
    const node = Object.assign(document.createElement(tag), props)
    node.append(...children)
    return node
  }

  /** A snippet with its matched words wrapped in <mark>, built from text nodes only. */
  #snippet(text, ranges) {
    const out = []
    let at = 0
    for (const [start, end] of ranges) {
      if (start < at) continue
      out.push(text.slice(at, start), this.#el('mark', { textContent: text.slice(start, end) }))
      at = end
    }
    out.push(text.slice(at))
    return out
  }

  #link(anchor) {
    return `${this.api}/article#${anchor}`
  }

  #render(results) {
    this.listbox.replaceChildren()
    this.#options = []
    this.#active = -1
    if (!results.length) {
      this.#close()
      return this.#status(this.text('no-results-text'))
    }
    this.#status('')
    const groups = new Map()
    for (const r of results) {
      const key = r.partLabel ? `Part ${r.part}: ${r.partLabel}` : `Part ${r.part}`
      groups.set(key, [...(groups.get(key) ?? []), r])
    }
    let n = 0
    for (const [label, items] of groups) {
      const labelId = `${this.#id}-g${n}`
      const group = this.#el('div', { role: 'group' })
      group.setAttribute('aria-labelledby', labelId)
      group.append(this.#el('div', { className: 'group', id: labelId, textContent: label }))
      group.setAttribute('part', 'group')
      for (const r of items) {
        const option = this.#el('a', { role: 'option', id: `${this.#id}-o${n++}`, href: this.#link(r.anchor ?? r.id.split(':')[1]), tabIndex: -1 })
        option.setAttribute('part', 'option')
        option.setAttribute('aria-selected', 'false')
        option.append(...this.#snippet(r.snippet.text, r.highlights), this.#el('span', { className: 'id', textContent: r.id.split(':')[1] }))
        option.addEventListener('mousedown', (e) => e.preventDefault())
        option.addEventListener('click', (e) => { e.preventDefault(); this.#select(option) })
        option.result = r
        group.append(option)
        this.#options.push(option)
      }
      this.listbox.append(group)
    }
    this.#open()
  }

  #renderAnswer(body) {
    const text = this.#el('p', { className: body.abstained ? 'abstained' : '' })
    text.textContent = body.answer
    const parts = [text]
    if (body.computation) parts.push(this.#el('p', { className: 'computation', textContent: `${body.computation.expression} = ${formatValue(body.computation)}` }))
    if (body.citations.length) {
      const list = this.#el('ol', { ariaLabel: this.text('sources-text') })
      for (const c of body.citations) {
        const a = this.#el('a', { href: this.#link(c.anchor), textContent: c.selector.exact.length > 120 ? `${c.selector.exact.slice(0, 120)}…` : c.selector.exact })
        a.setAttribute('part', 'citation')
        list.append(this.#el('li', {}, a))
      }
      parts.push(list)
    }
    this.answerBox.replaceChildren(...parts)
  }

  #select(option) {
    const r = option.result
    const detail = { id: r.id, url: option.href, text: r.snippet.text }
    const proceed = this.dispatchEvent(new CustomEvent('article-search:select', { bubbles: true, composed: true, cancelable: true, detail }))
    this.#close()
    if (proceed) window.open(option.href, this.getAttribute('target') ?? '_self')
  }

  #highlight(index) {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false')
    this.#active = index
    const option = this.#options[index]
    option.setAttribute('aria-selected', 'true')
    option.scrollIntoView({ block: 'nearest' })
    this.input.setAttribute('aria-activedescendant', option.id)
  }

  /** Says what the search is doing ("Searching…", "No passages match.") in a live region beside the listbox. */
  #status(message) {
    this.#root.querySelector('.status').textContent = message
  }

  #open() {
    this.listbox.hidden = false
    this.input.setAttribute('aria-expanded', 'true')
  }

  #close() {
    this.listbox.hidden = true
    this.input.setAttribute('aria-expanded', 'false')
    this.input.removeAttribute('aria-activedescendant')
    this.#active = -1
  }
}
