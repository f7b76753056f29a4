import { findEnumerations } from './enumerations'
import { readFrontMatter } from './front-matter'
import { splitSentences } from './sentences'
import { findQuotations } from './quotations'
import type { ParsedDocument, Part, Passage } from './types'

/** Lines that open a publisher's paywall or subscription notice: it and everything after it is dropped. */
const PAYWALL = /^(You are reading a free article|Subscribe to .* to get unlimited access)/i

/** A photo credit line: "Omar Sanadiki / Reuters". */
const CREDIT = /^[A-Z][\w.'’ -]{1,60} \/ [A-Z][\w.&’ -]{1,40}$/

interface Block {
  lines: { text: string; start: number }[]
  /** Blank lines that follow the block: two or more end a part. */
  blanksAfter: number
}

/**
 * Turns a document (front matter + plain text) into what readers cite: body paragraphs numbered in
 * reading order and grouped into parts, photo captions kept once with their credit, sentences with
 * offsets into the body text, and the quotations it contains with their speakers.
 *
 * @example parseDocument(source).passages[0].id // => 'quitting-isis:c1'
 */
export function parseDocument(source: string): ParsedDocument {
  const { meta, body } = readFrontMatter(source)
  const passages: Passage[] = []
  const parts: Part[] = []
  let part = 1
  let paragraphs = 0
  let captions = 0

  for (const block of readBlocks(body)) {
    if (PAYWALL.test(block.lines[0].text)) break
    const lines = block.lines
    const isCaption = lines.length >= 2 && lines[0].text === lines[1].text
    if (isCaption) {
      const caption = lines[0]
      const creditLine = lines.slice(2).find((l) => CREDIT.test(l.text))
      const end = creditLine ? creditLine.start + creditLine.text.length : caption.start + caption.text.length
      const sentences = [...splitSentences(caption.text).map((s) => ({ ...s, start: s.start + caption.start, end: s.end + caption.start }))]
      if (creditLine) sentences.push({ text: creditLine.text, start: creditLine.start, end })
      passages.push(makePassage(meta.id, 'caption', ++captions, part, caption.text + (creditLine ? `\n${creditLine.text}` : ''), caption.start, end, sentences, creditLine?.text))
    } else {
      for (const line of lines) {
        const spans = splitSentences(line.text).map((s) => ({ ...s, start: s.start + line.start, end: s.end + line.start }))
        passages.push(makePassage(meta.id, 'paragraph', ++paragraphs, part, line.text, line.start, line.start + line.text.length, spans))
      }
    }
    const current = passages.at(-1)
    if (current) addToPart(parts, part, current)
    if (block.blanksAfter >= 2 && parts.some((p) => p.number === part)) part++
  }
  return { meta, text: body, parts, passages, quotations: findQuotations(body, passages), enumerations: findEnumerations(passages) }
}

function makePassage(
  docId: string, kind: Passage['kind'], number: number, part: number, text: string, start: number, end: number,
  spans: { text: string; start: number; end: number }[], credit?: string,
): Passage {
  const id = `${docId}:${kind === 'paragraph' ? 'p' : 'c'}${number}`
  const sentences = spans.map((s, i) => ({ id: `${id}.s${i + 1}`, passageId: id, text: s.text, start: s.start, end: s.end }))
  return { id, docId, kind, number, part, text, start, end, credit, sentences }
}

function addToPart(parts: Part[], number: number, passage: Passage): void {
  let part = parts.find((p) => p.number === number)
  if (!part) {
    part = { number, label: '', passageIds: [] }
    parts.push(part)
  }
  part.passageIds.push(passage.id)
  if (!part.label && passage.kind === 'paragraph') part.label = shortLabel(passage.sentences[0]?.text ?? passage.text)
}

/** The first words of a sentence, cut at a word boundary: a part's label in the reader and the widget. */
function shortLabel(sentence: string): string {
  const words = sentence.split(/\s+/)
  return words.length <= 8 ? sentence : `${words.slice(0, 8).join(' ')}…`
}

/** Groups the body's lines into blocks separated by blank (or whitespace-only) lines. */
function readBlocks(body: string): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  let offset = 0
  for (const raw of body.split('\n')) {
    const text = raw.replace(/\s+$/, '')
    if (text.trim()) {
      if (!current) {
        current = { lines: [], blanksAfter: 0 }
        blocks.push(current)
      }
      if (current.blanksAfter > 0) {
        current = { lines: [], blanksAfter: 0 }
        blocks.push(current)
      }
      const lead = text.length - text.trimStart().length
      current.lines.push({ text: text.trim(), start: offset + lead })
    } else if (current) current.blanksAfter++
    offset += raw.length + 1
  }
  return blocks
}
