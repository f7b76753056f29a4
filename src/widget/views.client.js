// What <article-search> draws: results as options grouped by part, and answers with their citations.
// Plain functions over `ui` — { text(name, vars), link(anchor, props, ...children), groupId() } — so the
// element itself keeps to the box, the keyboard and the requests. Server text only ever becomes text nodes.

/** An element with properties and children (strings become text nodes, never markup). */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

/** A snippet with its matched words wrapped in <mark>. */
function snippetNodes(text, ranges) {
  const out = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start < at) continue
    out.push(text.slice(at, start), el('mark', { textContent: text.slice(start, end) }))
    at = end
  }
  out.push(text.slice(at))
  return out
}

function asOption(node) {
  node.setAttribute('role', 'option')
  node.setAttribute('part', 'option')
  return node
}

/** An option that does something (`run`) rather than open a passage. */
function actionOption(text, run, className = 'action') {
  return Object.assign(asOption(el('div', { className, textContent: text })), { run })
}

function groupNode(ui, label, options) {
  const id = ui.groupId()
  const group = el('div', {}, el('div', { className: 'group', id, textContent: label }), ...options)
  group.setAttribute('role', 'group')
  group.setAttribute('aria-labelledby', id)
  group.setAttribute('part', 'group')
  return group
}

/** A result as an option linking to its sentence; with `sub`, another matching sentence of the same passage. */
function resultOption(ui, r, sub) {
  const hit = sub ?? r
  const local = r.id.split(':')[1]
  const option = asOption(ui.link(hit.anchor ?? local, { tabIndex: -1, className: sub ? 'sub' : '' }, ...snippetNodes(hit.snippet.text, hit.highlights)))
  if (!sub) option.append(el('span', { className: 'meta', textContent: ui.text(r.kind === 'caption' ? 'caption-text' : 'paragraph-text', { n: local.slice(1) }) }))
  option.detail = { id: r.id, url: option.href, text: hit.snippet.text }
  return option
}

/** Results grouped under "Part N" (and the document's title when there are several), in rank order. */
function resultGroups(ui, results) {
  const documents = new Set(results.map((r) => r.document?.id))
  const groups = new Map()
  for (const r of results) {
    const label = `${documents.size > 1 ? `${r.document.title} · ` : ''}${ui.text('part-text', { n: r.part })}`
    groups.set(label, [...(groups.get(label) ?? []), r])
  }
  return [...groups].map(([label, items]) => groupNode(ui, label, items.flatMap((r) => [resultOption(ui, r), ...(r.subResults ?? []).map((s) => resultOption(ui, r, s))])))
}

/** Answer text with each marker ("[2]") a link to that citation's sentence in the reader. */
function citedNodes(ui, text, citations) {
  return text.split(/(\[\d+\])/).map((part) => {
    const n = /^\[(\d+)\]$/.exec(part)?.[1]
    const c = n && citations[n - 1]
    return c ? ui.link(c.anchor, { className: 'marker', textContent: part, title: ui.text('source-text', { n }) }) : part
  })
}

/** An answer: its verdict set off, a summary's sentences as a list, the arithmetic, then the sources. */
function answerNodes(ui, { answer, abstained, citations, computation }) {
  const { verdict, lead, items } = splitAnswer(answer)
  const nodes = [el('p', { className: abstained ? 'abstained' : '' }, ...(verdict ? [el('strong', { textContent: verdict })] : []), ...citedNodes(ui, lead, citations))]
  if (items.length) nodes.push(el('ul', {}, ...items.map((item) => el('li', {}, ...citedNodes(ui, item, citations)))))
  if (computation) nodes.push(el('p', { className: 'computation', textContent: `${computation.expression} = ${formatValue(computation)}` }))
  if (citations.length) {
    const list = el('ol', {}, ...citations.map((c) => {
      const a = ui.link(c.anchor, { textContent: clip(c.selector.exact, 120) })
      a.setAttribute('part', 'citation')
      return el('li', {}, a)
    }))
    list.setAttribute('aria-label', ui.text('sources-text'))
    nodes.push(list)
  }
  return nodes
}
