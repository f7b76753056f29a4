import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { definiteReferent } from '../../src/ingest/referents'
import { readSharedTables } from '../../scripts/lib/corpus-files'

describe('what a definite description at a sentence start stands for', () => {
  it('is the nearest earlier name whose head is that noun', () => {
    expect(definiteReferent('The module weighed 12,250 pounds.', ['The Command Module (CM) was a cabin.', 'It had its own engines.'])).toBe('Command Module')
    expect(definiteReferent('The university, established in 1890, is private.', ['The University of Chicago is in Hyde Park.'])).toBe('University of Chicago')
    expect(definiteReferent("The stadium's structure shaped the game.", ['Harvard Stadium opened in 1903.'])).toBe('Harvard Stadium')
  })

  it('is nothing when no earlier name has that head, or the sentence names it itself', () => {
    expect(definiteReferent('The module weighed 12,250 pounds.', ['The cabin was conical.'])).toBe('')
    expect(definiteReferent("The university's Booth School of Business is in Chicago.", ['Booth is a school.'])).toBe('')
    expect(definiteReferent('The host committee raised $40 million.', ['The Super Bowl 50 Host Committee met.'])).toBe('')
    expect(definiteReferent('Then the module weighed 12,250 pounds.', ['The Command Module was a cabin.'])).toBe('')
    // A house he bought is not the White House; a sentence's first word is no part of the name after it.
    expect(definiteReferent('The house he bought was small.', ['He visited the White House.'])).toBe('')
    expect(definiteReferent('The company grew.', ['Today Ford Motor Company is large.'])).toBe('Ford Motor Company')
    expect(definiteReferent('The company grew.', ['Ford Motor Company is large.'])).toBe('Ford Motor Company')
    expect(definiteReferent('The university grew.', ['He studied at the University of Chicago.'])).toBe('University of Chicago')
  })
})

const ARTICLE = `---
id: two-towers
title: Two Towers
---
The Lantern Tower was the town's first lighthouse, finished in 1802. Its lamp burned whale oil until 1870, when gas replaced it. The keepers painted it white every spring. The tower was 48 metres tall and weighed 900 tonnes.

The Harbour Crane was brought from Glasgow in 1911. Dockers disliked its noise from the first day. The crane was 35 metres tall and weighed 210 tonnes.

The lantern of a second lighthouse tower, on the cliff, stood 60 metres above the sea, and a harbour crane in the bay reached 70 metres.
`

describe('figures in a sentence that names its subject only as "the tower"', () => {
  const index = new CorpusIndex(buildCorpus([ARTICLE], readSharedTables()))
  it('belong to the named thing the paragraph introduced, so sums take the right ones', () => {
    expect(reply(index, 'What is the combined height, in metres, of the Lantern Tower and the Harbour Crane?').computation?.value).toBe(48 + 35)
    expect(reply(index, 'How much taller was the Lantern Tower than the Harbour Crane?').computation?.value).toBe(48 - 35)
    // Not "the article gives no figure": the tower's weight is the Lantern Tower's.
    expect(reply(index, 'How much did the Lantern Tower weigh?').answer).toContain('900 tonnes')
  })
})
