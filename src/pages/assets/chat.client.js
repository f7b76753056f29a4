// The chat page: asks /api/chat with the conversation so far, shows the streamed answer, and turns
// citation markers into buttons that open the cited passage. Text is only ever set with textContent.
const MAX_TURNS = 20
const form = document.querySelector('form.ask')
const input = form.querySelector('input')
const list = document.querySelector('.conversation')
const status = document.querySelector('.status')
const dialog = document.querySelector('dialog.passage')
const reference = document.querySelector('main').dataset.reference
const history = []

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props)
  for (const child of children) node.append(child)
  return node
}

/** A computation's value as the answer writes it: money with its cents ("$127.50"), other numbers plainly. */
function formatValue({ value, unit }) {
  if (String(unit).startsWith('USD')) return `$${value.toLocaleString('en-US', Number.isInteger(value) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** Parses a text/event-stream body into {event, data} messages as they arrive. */
async function* events(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += value
    let cut
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut)
      buffer = buffer.slice(cut + 2)
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message'
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.replace(/^data: ?/, '')).join('\n')
      yield { event, data: JSON.parse(data) }
    }
  }
}

/** Renders answer text, turning each [n] into a button that opens citation n. */
function renderAnswer(container, text, citations) {
  container.replaceChildren()
  for (const part of text.split(/(\[\d+\])/)) {
    const n = /^\[(\d+)\]$/.exec(part)?.[1]
    const citation = n && citations[Number(n) - 1]
    if (citation) {
      container.append(el('button', { type: 'button', className: 'marker', textContent: `[${n}]`, title: `Open source ${n}`, onclick: () => openPassage(citation, Number(n)) }))
    } else container.append(part)
  }
}

function readerLink(citation) {
  return citation.anchor ? `/article#${citation.anchor}` : '/article'
}

function citationText(citation) {
  return `${reference} “${citation.selector.exact}”${citation.url ? ` ${citation.url}` : ''}`
}

async function copyCitation(citation, button) {
  try {
    await navigator.clipboard.writeText(citationText(citation))
    button.textContent = 'Copied'
  } catch {
    button.textContent = 'Copy failed'
  }
  setTimeout(() => { button.textContent = 'Copy citation' }, 1500)
}

/** Opens the cited passage with the cited words highlighted. */
function openPassage(citation, n) {
  const body = dialog.querySelector('.body')
  const text = citation.text
  const at = text.indexOf(citation.selector.exact)
  const quote = at >= 0 ? [text.slice(0, at), el('mark', { textContent: citation.selector.exact }), text.slice(at + citation.selector.exact.length)] : [text]
  const copy = el('button', { type: 'button', className: 'link', textContent: 'Copy citation' })
  copy.onclick = () => copyCitation(citation, copy)
  body.replaceChildren(
    el('h2', { textContent: citation.kind === 'document' ? `Source ${n}: ${citation.document.title}` : `Source ${n}: ${citation.document.title}, ${citation.kind} ${citation.id.split(':')[1].slice(1)}` }),
    el('p', {}, ...quote),
    el('p', {}, el('a', { href: readerLink(citation), textContent: 'Read it in the article' }), ' · ',
      ...(citation.url ? [el('a', { href: citation.url, textContent: 'Open the original', rel: 'noopener', target: '_blank' }), ' · '] : []), copy),
  )
  dialog.showModal()
}

function sourcesList(citations) {
  const ol = el('ol', { className: 'sources' })
  citations.forEach((citation, i) => {
    const open = el('button', { type: 'button', className: 'link', textContent: citation.selector.exact.length > 90 ? `${citation.selector.exact.slice(0, 90)}…` : citation.selector.exact })
    open.onclick = () => openPassage(citation, i + 1)
    ol.append(el('li', {}, open))
  })
  return ol
}

async function ask(question) {
  const userTurn = el('li', { className: 'turn user' }, el('span', { className: 'who', textContent: 'You' }), el('span', { className: 'text', textContent: question }))
  const text = el('span', { className: 'text' })
  const answerTurn = el('li', { className: 'turn assistant', ariaBusy: 'true' }, el('span', { className: 'who', textContent: 'Assistant' }), text)
  list.append(userTurn, answerTurn)
  status.textContent = 'Looking in the article…'
  form.querySelector('button').disabled = true
  let citations = []
  try {
    const response = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, history: history.slice(-MAX_TURNS) }) })
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}))
      throw new Error(problem.detail ?? `the server answered ${response.status}`)
    }
    for await (const { event, data } of events(response)) {
      if (event === 'citations') citations = data
      else if (event === 'delta') text.append(data)
      else if (event === 'error') throw new Error(data.detail)
      else if (event === 'done') {
        renderAnswer(text, data.answer, data.citations)
        if (data.abstained) answerTurn.classList.add('abstained')
        if (data.computation) answerTurn.append(el('div', { className: 'computation', textContent: `${data.computation.expression} = ${formatValue(data.computation)}` }))
        if (data.citations.length) answerTurn.append(sourcesList(data.citations))
        history.push({ role: 'user', content: question }, { role: 'assistant', content: data.answer.slice(0, 4000) })
      }
    }
    status.textContent = citations.length ? `Answered with ${citations.length} source${citations.length > 1 ? 's' : ''}.` : 'Answered.'
  } catch (error) {
    text.textContent = `Sorry, that did not work: ${error.message}`
    status.textContent = ''
  } finally {
    answerTurn.removeAttribute('aria-busy')
    form.querySelector('button').disabled = false
    answerTurn.scrollIntoView({ block: 'nearest' })
    input.focus()
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const question = input.value.trim()
  if (!question) return
  input.value = ''
  ask(question)
})

for (const button of document.querySelectorAll('.suggestions button')) {
  button.addEventListener('click', () => ask(button.textContent))
}

document.addEventListener('keydown', (event) => {
  if (event.key === '/' && document.activeElement !== input && !dialog.open) {
    event.preventDefault()
    input.focus()
  }
})
dialog.querySelector('.close').addEventListener('click', () => dialog.close())
