// The chat page: asks /api/chat with the conversation so far, shows the streamed answer, and turns
// citation markers into buttons that open the cited passage. Text is only ever set with textContent.
// splitAnswer, clip and formatValue come from answer-text.js, loaded before this script.
const MAX_TURNS = 20
const form = document.querySelector('form.ask')
const input = form.querySelector('input')
const list = document.querySelector('.conversation')
const status = document.querySelector('.status')
const dialog = document.querySelector('dialog.passage')
const dock = document.querySelector('.dock')
const reference = document.querySelector('main').dataset.reference
const history = []
/** One question at a time: while an answer is on its way, nothing else can be asked. */
let pending = false

// The page keeps answers clear of the dock (see styles.css): tell it how tall the dock is.
new ResizeObserver(() => document.documentElement.style.setProperty('--dock', `${dock.offsetHeight}px`)).observe(dock)

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props)
  for (const child of children) node.append(child)
  return node
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

/** Text with each [n] a button that opens citation n. */
function cited(text, citations) {
  return text.split(/(\[\d+\])/).map((part) => {
    const n = /^\[(\d+)\]$/.exec(part)?.[1]
    const citation = n && citations[Number(n) - 1]
    return citation ? el('button', { type: 'button', className: 'marker', textContent: `[${n}]`, title: `Open source ${n}`, onclick: () => openPassage(citation, Number(n)) }) : part
  })
}

/** Renders an answer: a "Yes"/"No" set off in bold, a summary's cited sentences as a list. */
function renderAnswer(container, text, citations) {
  const { verdict, lead, items } = splitAnswer(text)
  container.replaceChildren(el('p', {}, ...(verdict ? [el('strong', { textContent: verdict })] : []), ...cited(lead, citations)))
  if (items.length) container.append(el('ul', {}, ...items.map((item) => el('li', {}, ...cited(item, citations)))))
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
    const open = el('button', { type: 'button', className: 'link', textContent: clip(citation.selector.exact, 90) })
    open.onclick = () => openPassage(citation, i + 1)
    ol.append(el('li', {}, open))
  })
  return ol
}

function setPending(on) {
  pending = on
  for (const button of document.querySelectorAll('.suggestions button, form.ask button')) button.disabled = on
}

/** Scrolls a turn into view above the dock: all of it if it fits, else from its start. */
function reveal(turn) {
  turn.scrollIntoView({ block: turn.offsetHeight < innerHeight - dock.offsetHeight ? 'end' : 'start' })
}

async function ask(question) {
  if (pending) return
  setPending(true)
  const userTurn = el('li', { className: 'turn user' }, el('span', { className: 'who', textContent: 'You' }), el('span', { className: 'text', textContent: question }))
  const text = el('div', { className: 'text' })
  const answerTurn = el('li', { className: 'turn assistant', ariaBusy: 'true' }, el('span', { className: 'who', textContent: 'Assistant' }), text)
  list.append(userTurn, answerTurn)
  reveal(answerTurn)
  status.textContent = 'Looking in the article…'
  try {
    const response = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, history: history.slice(-MAX_TURNS) }) })
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}))
      throw new Error(problem.detail ?? `the server answered ${response.status}`)
    }
    let answer
    for await (const { event, data } of events(response)) {
      if (event === 'delta') text.append(data)
      else if (event === 'error') throw new Error(data.detail)
      else if (event === 'done') answer = data
    }
    // A stream can end early (a dropped connection, a restarted worker): only `done` means the answer is whole.
    if (!answer) throw new Error('the answer did not finish arriving')
    renderAnswer(text, answer.answer, answer.citations)
    if (answer.abstained) answerTurn.classList.add('abstained')
    if (answer.computation) answerTurn.append(el('div', { className: 'computation', textContent: `${answer.computation.expression} = ${formatValue(answer.computation)}` }))
    if (answer.citations.length) answerTurn.append(sourcesList(answer.citations))
    history.push({ role: 'user', content: question }, { role: 'assistant', content: answer.answer.slice(0, 4000) })
    const n = answer.citations.length
    status.textContent = n ? `Answered with ${n} source${n > 1 ? 's' : ''}.` : 'Answered.'
  } catch (error) {
    text.textContent = `Sorry, that did not work: ${error.message.replace(/\.$/, '')}.`
    const retry = el('button', { type: 'button', className: 'link', textContent: 'Try again' })
    retry.onclick = () => {
      if (pending) return
      userTurn.remove()
      answerTurn.remove()
      ask(question)
    }
    answerTurn.append(el('p', {}, retry))
    status.textContent = 'The question could not be answered.'
  } finally {
    answerTurn.removeAttribute('aria-busy')
    setPending(false)
    reveal(answerTurn)
    input.focus()
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const question = input.value.trim()
  if (!question || pending) return
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
