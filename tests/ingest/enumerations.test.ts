import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/ingest/parse-document'

describe('enumerations', () => {
  it('finds the lists the article runs through paragraph by paragraph', () => {
    const doc = parseDocument(readFileSync('corpus/quitting-isis.md', 'utf8'))
    expect(doc.enumerations).toEqual([
      { part: 2, passageIds: ['p6', 'p7', 'p8', 'p10', 'p11'].map((p) => `quitting-isis:${p}`) },
      { part: 3, passageIds: ['p13', 'p14', 'p15', 'p17', 'p18'].map((p) => `quitting-isis:${p}`) },
    ])
  })
})
