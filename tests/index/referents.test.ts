import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/answer/answer-question'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'

const article = `---
id: lopez
title: A Lawyer's Life
---
Maria Lopez, a lawyer from Valencia, opened her first office in 1998. She had studied law at the University of Salamanca. One neighbour said that he moved to Lisbon in 2003. He added that the rents had doubled.

Lopez, by then a judge, was seventy when the law changed. A year later, she retired to Valencia.
`

describe('what a sentence refers to without naming it', () => {
  const index = new CorpusIndex(buildCorpus([article], { wordnet: [] }))

  it('reads "she" as the person named before', () => {
    expect(index.referentStemsOf('lopez:p1.s2')).toEqual(['lopez'])
  })

  it('reads "he" after "One neighbour…" as that someone new, and so the sentence after it', () => {
    expect(index.referentStemsOf('lopez:p1.s3')).toEqual([])
    expect(index.referentStemsOf('lopez:p1.s4')).toEqual([])
  })

  it('keeps the person after "A year later, she…": a time, not someone new', () => {
    expect(index.referentStemsOf('lopez:p2.s2')).toEqual(['lopez'])
  })
})

describe('a question about someone the answering sentence calls "he"', () => {
  it('finds Ammar\'s desertion, told as "he pretended to be going to the frontlines"', () => {
    const reply = answerQuestion(corpus, 'When did Ammar desert?')
    expect(reply.abstained).toBe(false)
    expect(reply.citations[0].text).toContain('January 2016')
  })
})
