import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { acronymTable } from '../../src/index/acronyms'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readShorthand } from '../../src/retrieve/shorthand'
import { readSharedTables } from '../../scripts/lib/corpus-files'

describe("the article's names by their initials", () => {
  it('reads the initials of the capitalised words, past the word that opens the sentence', () => {
    const table = new Map(acronymTable(['The Bureau of Labor Statistics estimates that there are 1.4 million teachers.', 'In 1957 the European Economic Community was founded.']))
    expect(table.get('BLS')).toBe('Bureau of Labor Statistics')
    expect(table.get('EEC')).toBe('European Economic Community')
  })

  it('drops initials that two names share, and single words', () => {
    const table = new Map(acronymTable(['The Royal Navy sailed.', 'The Red Nile flooded.', 'Paris is large.']))
    expect(table.has('RN')).toBe(false)
    expect(table.size).toBe(0)
  })
})

const ARTICLE = `---
id: port-fees
title: Port Fees
---
The Harbour Pilots Association sets the fees that ships pay to enter the port. In 2019 it charged 1,200 ships a total of $3.6 million.

Fishing boats pay nothing. The town council has argued about the fees for years.
`

describe('a reader who writes a name by its initials', () => {
  const index = new CorpusIndex(buildCorpus([ARTICLE], readSharedTables()))
  it("meets the article's name written out, in its answers and its figures", () => {
    const who = reply(index, 'What does the HPA set?')
    expect(who.abstained).toBe(false)
    expect(who.citations[0].text).toContain('Harbour Pilots Association sets the fees')
    expect(reply(index, 'How much did the HPA charge ships in 2019?').answer).toContain('$3.6 million')
  })

  it('leaves lower case words and initials the article writes itself alone', () => {
    expect(readShorthand(index, 'who sets the fees?')).toBe('who sets the fees?')
    expect(readShorthand(index, 'Does the HPA set fees?')).toBe('Does the Harbour Pilots Association set fees?')
  })
})
