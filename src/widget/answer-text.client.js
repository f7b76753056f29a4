// How an answer's text is laid out, shared by the widget and the chat page (plain functions, no DOM):
// a leading "Yes"/"No" is set off so it stands out, and an answer of three or more sentences that each
// end in a citation marker ("… [1] … [2] … [3]") becomes a short list, its opening sentence kept as a lead.

/**
 * Splits answer text into `{ verdict, lead, items }`: verdict is "Yes", "No" or "", lead the text
 * to show as a paragraph, items the cited sentences to list (empty when the answer is not a list).
 */
function splitAnswer(text) {
  const verdict = /^(?:Yes|No)\b/.exec(text)?.[0] ?? ''
  const rest = text.slice(verdict.length)
  const pieces = rest.split(/(?<=\[\d+\])\s+(?=\S)/)
  if (pieces.length < 3 || !pieces.every((p) => /\[\d+\]$/.test(p))) return { verdict, lead: rest, items: [] }
  // The first piece may open with sentences that introduce the list ("The article gives five reasons.").
  const ends = [...pieces[0].matchAll(/[.!?][”"’)]?\s+(?=[A-Z“"‘])/g)]
  const cut = ends.length ? ends.at(-1).index + ends.at(-1)[0].length : 0
  return { verdict, lead: pieces[0].slice(0, cut).trim(), items: [pieces[0].slice(cut), ...pieces.slice(1)] }
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
function clip(text, max) {
  if (text.length <= max) return text
  const space = text.lastIndexOf(' ', max)
  return `${text.slice(0, space > max / 2 ? space : max).replace(/[\s,;:]+$/, '')}…`
}

/** A computation's value as the answer writes it: money with its cents ("$127.50"), other numbers plainly. */
function formatValue({ value, unit }) {
  if (String(unit).startsWith('USD')) return `$${value.toLocaleString('en-US', Number.isInteger(value) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}
