import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/ingest/parse-document'

const source = readFileSync('corpus/quitting-isis.md', 'utf8')
const doc = parseDocument(source)
const raw = source.slice(source.indexOf('\n---\n') + 5)

describe('parseDocument', () => {
  it('reads the bibliographic facts from the front matter', () => {
    expect(doc.meta).toMatchObject({ id: 'quitting-isis', title: 'Quitting ISIS', authors: ['Mara Revkin', 'Ahmad Mhidi'], publication: 'Foreign Affairs', date: '2016-05-01' })
  })

  it('numbers the body paragraphs in reading order and groups them into four parts', () => {
    const paragraphs = doc.passages.filter((p) => p.kind === 'paragraph')
    // The text holds 21 body paragraphs (the corpus README says 22; counting its lines gives 21).
    expect(paragraphs).toHaveLength(21)
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    expect(paragraphs[0].text).toMatch(/^Two years after he joined the Islamic State/)
    expect(doc.parts.map((p) => p.number)).toEqual([1, 2, 3, 4])
    expect(doc.passages.find((p) => p.text.startsWith('Understanding why Syrians defect'))?.part).toBe(2)
    expect(doc.passages.find((p) => p.text.startsWith('Interviews with former ISIS members'))?.part).toBe(3)
    expect(doc.passages.find((p) => p.text.startsWith('With reports of infighting'))?.part).toBe(4)
  })

  it('keeps each photo caption once, with its credit line', () => {
    const captions = doc.passages.filter((p) => p.kind === 'caption')
    expect(captions).toHaveLength(4)
    expect(captions[0].credit).toBe('Omar Sanadiki / Reuters')
    expect(captions[1].credit).toBeUndefined()
    expect(captions[0].text.match(/A Syrian national flag/g)).toHaveLength(1)
  })

  it('drops the paywall notice', () => {
    expect(doc.passages.some((p) => /Subscribe|free article/.test(p.text))).toBe(false)
    expect(doc.passages.at(-1)?.text).toMatch(/beginning to unravel\.$/)
  })

  it('gives every passage and sentence offsets that point at its text in the source', () => {
    expect(doc.text).toBe(raw)
    for (const passage of doc.passages) {
      for (const sentence of passage.sentences) expect(raw.slice(sentence.start, sentence.end)).toBe(sentence.text)
      if (passage.kind === 'paragraph') expect(raw.slice(passage.start, passage.end)).toBe(passage.text)
    }
  })

  it('splits paragraphs into sentences without breaking at abbreviations', () => {
    const p = doc.passages.find((x) => x.id === 'quitting-isis:p6')
    expect(p?.sentences.map((s) => s.id)).toContain('quitting-isis:p6.s3')
    expect(p?.sentences.some((s) => s.text.startsWith('As one defector from Deir Ezzor said, “The U.S. and other Western governments'))).toBe(true)
  })

  it('refuses a document without front matter', () => {
    expect(() => parseDocument('Just text.')).toThrow(/front matter/)
  })
})
