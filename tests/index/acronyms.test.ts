import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { acronymTable } from '../../src/index/acronyms'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readShorthand } from '../../src/retrieve/shorthand'
import { readSharedTables } from '../../scripts/lib/corpus-files'

describe("the article's names by their initials", () => {
  it('reads the initials of the capitalised words, past the word that opens the sentence', () => {
    // (Its words written in lower case elsewhere, "labor statistics", do not matter after "The".)
    const table = new Map(acronymTable(['The Bureau of Labor Statistics estimates that there are 1.4 million teachers.', 'In 1957 the European Economic Community was founded.', 'Its bureau keeps labor statistics.']))
    expect(table.get('BLS')).toBe('Bureau of Labor Statistics')
    expect(table.get('EEC')).toBe('European Economic Community')
  })

  it('drops initials two names share, short ones, people, and runs that are no name', () => {
    expect(acronymTable(['The Royal Naval Academy sailed.', 'The Red Nile Authority flooded.', 'Paris is large.'])).toEqual([])
    // "US" and "AM" collide with too much; a person is no organisation.
    expect(acronymTable(['The United States sent troops.', 'Anna Marsh spoke.'])).toEqual([])
    expect(acronymTable(['Spokesman Ulysses Grant Sharp spoke.'], ['Ulysses Grant Sharp'])).toEqual([])
    // A sentence's opening word the article also writes in lower case; a run holding an initialism or a possessive.
    expect(acronymTable(['Although Harbour Pilots Association members left, they stayed.', 'It rained, although late.', 'Syrians of the Free FSA Army met.', 'ISIS’ Syrian Foreign Office grew.'])).toEqual([['HPA', 'Harbour Pilots Association']])
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

  it('leaves lower case words, words in other words and questions typed all in capitals alone', () => {
    expect(readShorthand(index, 'who sets the fees?')).toBe('who sets the fees?')
    expect(readShorthand(index, 'Does the HPA set fees?')).toBe('Does the Harbour Pilots Association set fees?')
    expect(readShorthand(index, "What are the HPA's fees?")).toBe("What are the Harbour Pilots Association's fees?")
    expect(readShorthand(index, 'Is HPA-style pricing fair, or HPA&T?')).toBe('Is HPA-style pricing fair, or HPA&T?')
    expect(readShorthand(index, 'WHAT DOES THE HPA SET?')).toBe('what does the hpa set?')
  })
})
