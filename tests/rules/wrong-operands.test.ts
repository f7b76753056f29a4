import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readSharedTables } from '../../scripts/lib/corpus-files'

// Sentences whose other figures (a span of years, a "-fold", a temperature of zero) once became operands.
const article = `---
id: river-town
title: The River Town
---
After the mine opened, in ten years the population of Kelby increased sevenfold from 6,000 to 42,000.

About twice as much salt dissolves at 0 °C as at 20 °C.
`
const index = new CorpusIndex(buildCorpus([article], readSharedTables()))

describe('figures that are not operands', () => {
  it('takes a rise from the two ends of its range, not from a span of years or a multiple in the sentence', () => {
    const r = reply(index, 'By how many people did the population of Kelby grow?')
    expect(r.answer).not.toMatch(/− (?:10|7) =/)
    expect(r.computation?.value).toBe(36000)
  })

  it('does not divide by or into a zero that labels a condition', () => {
    const r = reply(index, 'How many times more salt dissolves at 0 °C than at 20 °C?')
    expect(r.answer).not.toMatch(/0 ÷ 20|= 0\b/)
    expect(r.computation?.value).not.toBe(0)
  })
})
