import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/ingest/parse-document'

const doc = parseDocument(readFileSync('corpus/quitting-isis.md', 'utf8'))
const speakerOf = (words: string) => doc.quotations.find((q) => q.text.includes(words))?.speaker

describe('quotation speakers', () => {
  it('attributes a quotation to the name after it ("…,” Hossam, a deserter from Idlib, said")', () => {
    expect(speakerOf('trying to maximize power and money')).toBe('Hossam')
    expect(speakerOf('department of military management')).toBe('Khaled')
  })

  it('attributes a quotation to the name before it ("As Ammar said, “…”")', () => {
    expect(speakerOf('world had turned its back on Syria')).toBe('Ammar')
  })

  it('resolves "he said" to the person the paragraph introduced', () => {
    expect(speakerOf('percent of ISIS members are bad guys')).toBe('Hossam')
    expect(speakerOf('joined to protect my sisters')).toBe('one ISIS deserter from Deir Ezzor')
  })

  it('carries a speaker into the quotation that continues his words, but not into scare quotes', () => {
    expect(speakerOf('If a muhajir wants an iPhone')).toBe('Khaled')
    expect(speakerOf('too close')).toBeUndefined()
    expect(speakerOf('despotic')).toBeUndefined()
  })
})
